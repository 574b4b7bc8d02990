"""The Qt user interface. It calls services and never touches the database itself."""
