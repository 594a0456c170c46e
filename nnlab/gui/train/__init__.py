"""The Train page: training runs in a worker thread, live plots, run list and evaluation."""
