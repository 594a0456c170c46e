"""The math behind the Concepts page's demos, one module per demo. Qt-free."""
