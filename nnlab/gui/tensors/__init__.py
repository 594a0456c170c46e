"""The Tensors page: type the lecture's expressions and see every shape rule explained."""
