"""The Qt widgets: main window, reading views, error bar, dialogs."""
