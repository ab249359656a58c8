// The roles as users know them.
export const roleNames: Record<string, string> = {
  vardpersonal: 'Vårdpersonal',
  nosam: 'NOSAM-deltagare',
  analytiker: 'Avvikelseanalytiker',
  granskare: 'Granskare (logguppföljning)',
  system: 'Systemklient',
};
