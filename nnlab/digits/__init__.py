"""Reading a hand-drawn digit: MNIST's own preprocessing of an ink image, and the network's answer."""
