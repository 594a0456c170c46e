"""The Concepts page's demos, one module each."""
