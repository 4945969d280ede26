"""One module per benefit."""
