"""The app's pieces that are not pages: state (caches and shared objects), the sidebar, the
Live page's explanation panels, and every figure."""
