"""The app's colours: the Okabe-Ito palette, which stays distinguishable for the common kinds of
colour blindness, so a student who cannot tell red from green still tells every curve apart.

One owner for every colour a plot, a chart, a rich-text message or a saved SVG uses; Qt-free, so
the notebook plots (``nnlab.keras.svgplot``) and the hand-in reports (``nnlab.lessons.handin``)
draw in the window's colours without loading Qt.
"""

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"          # sky blue
GREEN = "#009E73"        # bluish green
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILION = "#D55E00"
PURPLE = "#CC79A7"       # reddish purple
GREY = "#999999"         # not Okabe-Ito's: a neutral for "anything else"

POSITIVE, NEGATIVE = VERMILION, BLUE
"""Signed values (weights, gradients): positive warm, negative cold, in every view."""
RIGHT, WRONG = GREEN, VERMILION
"""A verdict: an answer or a prediction that is right, or wrong."""
