"""The shape rules the explorer explains step by step: broadcasting, products, reshape (``shapes``)
and slicing (``slicing``)."""
