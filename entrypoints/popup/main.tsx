import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';

// Paints from bundled data: no storage read or message stands between a click and the numbers.
render(<PopupApp region="US" />, document.getElementById('app')!);
