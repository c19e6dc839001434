/** The keyboard command that copies the main helpline: named in the manifest, handled in the background. */
export const COPY_MAIN_COMMAND = 'copy-main-helpline';
