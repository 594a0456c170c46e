"""The math behind the Concepts page's demos (regression, loss surfaces, backprop by hand, ...)."""
