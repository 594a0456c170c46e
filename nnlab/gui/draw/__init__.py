"""The Draw page: draw a digit, watch the network read it."""
