"""The app's pieces that are not pages: its figures."""
