<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images the network learns from: handwritten digits or pictures of clothes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training images kept aside to check, after each epoch, how well the network does on images it never trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many Dense layers sit between the input pixels and the 10 outputs; 0 gives a linear classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of units (neurons) in hidden layer {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in hidden layer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-linear function each hidden unit applies; without one, all layers collapse into a single linear map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates; you may switch it while training runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step each update takes (from 0.00001 to 10, log scale); changes apply at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches and epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient descent: every step uses the whole training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch gradient descent: every step uses a small random batch (the lecture uses 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic gradient descent: every step uses one single image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many images one update step looks at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times training goes through all training images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the random numbers: the same seed gives the same initial weights and the same batch order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set everything as in the lecture: 512 relu units, RMSprop with learning rate 0.001, batches of 128, 5 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare learning rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train three runs from the same initial weights with a learning rate too small, about right and too large, and overlay them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the seven optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the same network from the same initial weights with each optimizer at its default settings, one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the previous step&apos;s velocity is kept (0 = plain SGD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look ahead along the velocity before taking the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How quickly the running average of squared gradients forgets old gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny number added to avoid dividing by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the running average of gradients (the momentum part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the running average of squared gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting value of Adagrad&apos;s sum of squared gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy per class&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (row: true class, column: answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confident mistakes&lt;/b&gt; (true → answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each class, the share of its test images the network recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many test images of each true class (row) got each answer (column); everything off the diagonal is a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images the network got wrong, the most confident mistakes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misclassified test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new run with the settings on the left (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training after the current mini-batch and keep the weights (Ctrl+.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then wait (Ctrl+Right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the trained weights away and start again from fresh random weights (from the seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of this session: tick runs to compare their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the selected run does on the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Press Start (or Space) to train the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong the network is: it should go down as the network learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of images classified correctly: it should go up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the noisy value of every single mini-batch behind the smoothed curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, useful when it explodes or gets tiny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read the values at that epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of this session; tick a run to draw its curves on the plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected run as a folder to hand in: settings, history, CSV metrics, plots and the trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run record folder saved earlier, to look at it or continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the selected run&apos;s network further, starting from its trained weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected run out of the list (saved records stay on disk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationsDemo</name>
    <message>
        <source>The neuron switches where w₁x₁ + w₂x₂ + b = 0. The dashed line is that edge, the arrow is w = ({0:.1f}, {1:.1f}): the output grows in the arrow&apos;s direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activation function bends a neuron&apos;s output: sigmoid squashes to (0, 1), tanh to (−1, 1), ReLU keeps positives and zeroes negatives. Their slopes (dashed) are what backpropagation multiplies by: sigmoid&apos;s is at most 0.25 and fades away from zero. The weights w turn and steepen a neuron&apos;s edge, the bias b slides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One neuron a = f(w·x + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation function of the neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the first input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias: shifts where the neuron switches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the weights around and move the bias automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;━ f(z)&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#E69F00&apos;&gt;┅ slope f′(z)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One input: a = f(w₁x + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two inputs: a = f(w₁x₁ + w₂x₂ + b)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropDemo</name>
    <message>
        <source>Forward pass: compute the prediction and the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass: the chain rule, from the loss back to every weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: w ← w − η·∂L/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training step {0} · line {1} of {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the core&apos;s loss_and_grads gives L = {0:.6f} and the same nine gradients (largest difference {1:.1e}); nudging each weight by ±10⁻⁶ agrees too ({2:.1e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation is the chain rule applied from the loss backwards: each weight&apos;s gradient is a product of the local slopes on the path from the loss to that weight. Step through one training step of a tiny network, with real numbers, down to the update w ← w − η·∂L/∂w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer the network should give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous line of the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next line of the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the update, next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the updated weights and compute the next training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from other weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the lines one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram of the 2-2-1 network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchingDemo</name>
    <message>
        <source>Training three ways…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to replay the three runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not train: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch (all points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic (one point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same line y = w x + b is fitted to 64 points three ways. Batch gradient descent uses all points for every step: smooth, but one step per epoch. Stochastic uses one point per step: many cheap, noisy steps. Mini-batches of a few points are the compromise every real network uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many passes over all 64 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same step size for all three runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points one mini-batch step looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the three runs again from epoch 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per epoch (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of each step&apos;s batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths of (w, b) on the loss surface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollapseDemo</name>
    <message>
        <source>The toy data sets are not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {0:.3f}, accuracy {1:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The three linear layers are one layer.&lt;/b&gt; W₃·W₂·W₁ (in the core&apos;s row layout x·W₁·W₂·W₃, shapes 2×{0} · {0}×{0} · {0}×2) multiplies out to a single 2×2 matrix W, and the biases to one b:&lt;table&gt;&lt;tr&gt;&lt;td valign=&apos;middle&apos;&gt;W =&amp;nbsp;&lt;/td&gt;&lt;td&gt;{1}&lt;/td&gt;&lt;td valign=&apos;middle&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;b =&amp;nbsp;&lt;/td&gt;&lt;td&gt;{2}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;softmax(x·W + b) gives the same outputs as the three layers: the largest difference over all points is {3:.1e}. One matrix can only draw a straight boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking layers without activations does not help: W₃(W₂(W₁x)) is just (W₃W₂W₁)x, one matrix, so the deep network is a linear classifier in disguise. Put a ReLU between the layers and the network can fold the plane and bend its boundary around the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two networks, 2 → n → n → 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which 2-D data set to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units each of the two hidden layers has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with fresh random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ReLU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptsPage</name>
    <message>
        <source>1. Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Decision boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Why nonlinear activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. A layer as geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Batch, stochastic, mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Backpropagation step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Inside the MNIST network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a line or a polynomial to points, by formula and by gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train classifiers on 2-D data and watch their decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See that layers without activations collapse into one matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU, their slopes, and what one neuron computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a matrix, a shift and a ReLU transform the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll downhill on loss surfaces; compare learning rates and optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one problem with all, one, or a few examples per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number of one training step of a tiny network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trained network&apos;s units look for, and a digit flowing through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept demos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>{0} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer sizes from the 784 input pixels to the 10 outputs, and the shape of every weight matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>Loading {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0} failed unexpectedly: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} of {2:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDemo</name>
    <message>
        <source>The toy data sets are not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}: loss {1:.4f}, accuracy {2:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear classifier can only split the plane with a straight line, so it fails on XOR, circles, moons and spirals. Adding features such as x², xy and y² lets a linear model draw curves; a network with hidden layers learns its own features. The colours show what each point of the plane would be classified as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear + extra features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which 2-D data set to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the points are scattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of classifier to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra features up to this power: x², xy, y², x³, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hidden Dense layers the network has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units each hidden layer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation function of the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimizer that updates the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size; it can be changed while training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with fresh random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWidget</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescentDemo</name>
    <message>
        <source>flew off (diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0}: loss {1:.4g} at ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;: ({0})&lt;br&gt;{1}&lt;br&gt;gradient ({2})&lt;br&gt;&lt;br&gt;Click a plot to start somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: η = {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent steps downhill: w ← w − η·∇L. A learning rate η that is too small crawls, one that is too large overshoots and can fly off. In a narrow valley plain steps zigzag; momentum builds up speed along the valley, and adaptive optimizers (Adagrad, RMSprop, Adam, …) give every coordinate its own step size. The race uses the core&apos;s own optimizers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss function to descend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size of the step-by-step descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a single gradient step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every walker back at the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven optimizers, one start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Draw a digit here
or drop a picture of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one digit with the mouse or a pen; the network reads it as you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>Your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees: your drawing, prepared the way MNIST was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How thick the pen draws. MNIST digits have strokes about a tenth of the digit&apos;s height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with an empty sheet (Esc or Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a digit from a PNG or JPG file; you can also drop a picture on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit the network finds most likely, and how sure it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.0%} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure: {0:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing and prediction took {0:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {0} as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;No evaluation yet&lt;/span&gt;&lt;br&gt;Train a network: it is tested on the test set at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt; font-weight:600&apos;&gt;{0:.2%}&lt;/span&gt;&lt;br&gt;test accuracy (loss {1:.4f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} test images of {1} were answered {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image {0}: it is {1}, the network answered {2}.
{3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryDemo</name>
    <message>
        <source>x: the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W x: turned and stretched by the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W x + b: shifted by the bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu(W x + b): folded onto the positive quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>det W = {0:.2f}: the matrix multiplies areas by {1:.2f}{2}. The thick red and green arrows are W&apos;s columns, where the unit vectors (1, 0) and (0, 1) land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and mirrors the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dense layer computes relu(W x + b), and each part has a picture: the matrix W rotates, stretches or shears the plane, the bias b slides it, and ReLU folds everything negative onto the axes. Move the slider under the plot to walk through the three steps, or press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer relu(W x + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation θ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix W:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to transform; points are coloured by their starting quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets W to the rotation [[cos θ, −sin θ], [sin θ, cos θ]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the matrix W; edit it to shear or stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the bias b: the shift after the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold negative coordinates to zero after the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set W back to the matrix that changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: input, 1: after W, 2: after + b, 3: after ReLU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>The {0} units of the first layer (bright = active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units of the first layer light up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each square is one unit of the first layer; the brighter, the more it responds to your drawing. Red frames: the most active units, shown on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most active units and the pattern each looks for: red = ink here excites it, blue = ink here holds it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {0}: {1:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnlab: the building blocks of neural networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the lecture&apos;s network on MNIST and watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit and see the network recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore tensors, slices, shapes and tensor operations by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive demos of every idea in the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About nnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnlab models (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} is not an nnlab model: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened model {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on the Train page first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last stroke (Draw page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the canvas (Draw page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier expressions (Tensors page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / save a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About nnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;nnlab {0}&lt;/h3&gt;&lt;p&gt;A teaching lab for the mathematical building blocks of neural networks: tensors, tensor operations, gradient descent and backpropagation, following chapter 2 of François Chollet&apos;s &lt;i&gt;Deep Learning with Python&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;MNIST: Y. LeCun, C. Cortes, C. J. C. Burges (CC BY-SA 3.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelChooser</name>
    <message>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrained network (comes with nnlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network trained on the Train page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which trained network reads your drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a network saved with nnlab (an .npz file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a digit network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nnlab models (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: it is not a model saved by nnlab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network takes {0} inputs and gives {1} outputs; to read a drawing it must take the 784 pixels of a 28×28 picture and give 10 digit probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built. Come back after the next update!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the network thinks each digit is; the bars add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of each digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegressionDemo</name>
    <message>
        <source>&lt;b&gt;Formula&lt;/b&gt; (orange, dashed):&lt;br&gt;{0}&lt;br&gt;J = {1:.4g}&lt;br&gt;&lt;br&gt;&lt;b&gt;Gradient descent&lt;/b&gt; (blue), step {2}:&lt;br&gt;{3}&lt;br&gt;J = {4:.4g}&lt;br&gt;learning rate {5:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression finds the curve &lt;i&gt;y = a₀ + a₁x + … + aₙxⁿ&lt;/i&gt; that makes the sum of squared errors &lt;i&gt;J&lt;/i&gt; smallest. A formula gives the answer in one go; gradient descent walks downhill on &lt;i&gt;J&lt;/i&gt; and arrives at the same curve. Click the plot to add points; give the curve as many coefficients as there are points and it passes through all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many noisy points to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest power of x in the curve: 1 is a straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a fresh set of noisy points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gradient descent again from all coefficients zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points and fitted curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of squared errors J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} coefficients for {1} points: the curve can pass through every point (J = 0), and when there are more coefficients than points in infinitely many ways. It fits the noise, not the trend: this is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected. Press Start to train one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}, batch size {2}, {3} epochs, validation {4:.0%}, {5} parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0:.2f}: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes during training: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>1. Find the ink (light on dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Crop to the ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Shrink to fit 20×20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Centre the mass in 28×28: the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture as light ink on black, the way MNIST stores digits; the dashed box is the ink&apos;s bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ink&apos;s bounding box is kept, so where you drew does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longer side is shrunk to 20 pixels by averaging, so how big you drew does not matter either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20×20 box is moved so that the ink&apos;s centre of mass (+) is in the middle of 28×28 pixels: exactly what the network was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue training (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training between two mini-batches (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Resume with Space, or train one mini-batch with Step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this mini-batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights reset to fresh random values (seed {0}). Press Start to train from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lr {1:.3g} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled. Press Start to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: epoch {1} of {2} · batch {3} of {4} · {5:,.0f} images/s · {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} finished in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was stopped after {1}; its weights are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} diverged after {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed after {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss exploded: the learning rate is probably too large.&lt;/b&gt; Training stopped and the weights from before the explosion were kept. Try a learning rate ten times smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training failed.&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run record folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the plot to {0} and the metrics to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Move the mouse over a plot to read the values of every shown run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batches, smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, lr {1:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr {0:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {0:.4f}, accuracy {1:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>Division by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number got too large: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy could not compute this: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an expression, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression is too long ({length} characters; the limit is {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid expression: the problem is near character {column}. Check the brackets, commas and operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one expression or one assignment at a time, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression is nested too deeply or has too many parts; split it into smaller steps with names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a collection of functions; pick one, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a function: call it with its arguments in brackets, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tensors and numbers can be given a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing is not possible here; NumPy is already available as np.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can give a result a name ({example}), but not change part of a tensor or several names at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {name} cannot be used; pick another one, like y or batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not available in the explorer: use names, numbers, slices, operators and np functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in quotes is only used for number types, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes are not available in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is part of Python, not of the explorer: only tensors, np and {builtins} are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tensor called {name}. Did you mean {suggestions}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tensor called {name}. Give it a value first, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not available in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not available. Tensors offer {attributes} and the methods {methods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be indexed with [...]: only tensors and shapes can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slice step cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare one pair at a time, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators &lt;&lt; and &gt;&gt; are not available in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op} on Python lists or tuples is not available; make a tensor first, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names starting with _ (like {name}) belong to Python&apos;s machinery and are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op} works on tensors and numbers; {label} is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number would have more than {bits} binary digits; the explorer refuses numbers that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That result is not made of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions are whole numbers; {label} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has no axes: it is a scalar, a 0D tensor holding one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has {ndim} axes, so it is a {ndim}D tensor; ndim is also the number of sizes in its shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape lists how many entries {label} has along each of its {ndim} axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis}: {size} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry of {label} is stored as {dtype} (bytes per entry: {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dtype} holds whole numbers from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dtype} holds numbers with a fractional part, to about {digits} significant digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} holds {count:,} entries: the product of the sizes in its shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} entries of {size} bytes each take {total:,} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100,000 people: age, postcode, income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250 trading days, 390 minutes each: price, high, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, channels-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch of 128 colour images, 256 × 256 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, channels-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same batch with the colour axis second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 clips of 240 frames, 144 × 256 pixels, colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would need {work:,} multiplications; the explorer stops at {limit:,} so that your computer stays responsive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments do not fit {name}; it takes {parameters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be numbers: a tensor, a number, or a list of numbers of the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number type; use one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a single number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, or a tuple of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op} is applied to each of the {count} entries on its own, so the shape {shape} stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor product: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one of the {n} entries is multiplied by every one of the {m}: the result has shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} of an empty tensor has no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new shape must be whole numbers, like (6, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new axis must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only axes of length 1 can be squeezed away; axis {axis} has length {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.arange needs a step that is not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.array takes numbers: a number, a list of numbers or a list of equally long lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joins a list of tensors, like ({example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.random.randint needs low &lt; high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round to a whole number of decimals between -100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the number type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry is converted from {old} ({old_size} bytes) to {new} ({new_size} bytes); the shape {shape} stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.item() needs a tensor with exactly one entry; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python list of {count:,} numbers is too long to show; the limit is {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single number (0D tensor) has no length; len() counts the entries along axis 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a tensor with one entry can become a single number; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} would have {count:,} elements; the explorer stops at {limit:,} so that your computer stays responsive. Try smaller sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of {what} must be whole numbers, like (300, 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape {shape} has a negative size; sizes count entries, so they are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operands have the shape {shape}: {op} is applied to each pair of entries, and the result has that shape too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} is a single number: it is combined with every entry of the other operand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasting: {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shapes one above the other, aligned from the right, so that the last axes line up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapes {shapes} cannot be broadcast for {op}: on axis {axis} the sizes differ and none of them is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result shape: {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis}: the sizes {sizes} differ and none of them is 1, so they clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis}: {names} has no axis here; one of size 1 is added and stretched to {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis}: {names} has size 1 here and is stretched (repeated) to {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis}: all sizes are {size}, they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a single number, so the product just multiplies every entry by it: the shape stays {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inner sizes must agree: the last axis of {a_label} has {n} entries and axis {axis} of {b_label} has {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot multiply {a} by {b}: the inner sizes {n} and {m} differ. The rule is (a, b) . (b, c) -&gt; (a, c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In (a, b) . (b, c) -&gt; (a, c) both b&apos;s must be the same number; here they are {n} and {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} . {b} -&gt; {shape}: the {n} products along the inner axis are added up, so that axis disappears; the outer axes remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two vectors: (n,) . (n,) -&gt; () is one number, the sum of the entry-wise products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: (a, b) . (b, c) -&gt; (a, c), here a = {a}, b = {b}, c = {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix times vector: (a, b) . (b,) -&gt; (a,): each of the {a} rows is dotted with the vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In general np.dot pairs the last axis of the first tensor with the second-to-last axis of the second (its only axis if it is a vector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} multiplies matrices and vectors, not single numbers; use * to scale a tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} treats the last two axes as matrices and broadcasts the leading axes: {a} {name} {b} -&gt; {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshaping {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new shape may contain at most one -1 (meaning: work this size out) and no other negative sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reshape {shape} ({count} elements) into {new}: {count} is not a multiple of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The -1 is worked out from the others: {count} / {known} = {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reshape {shape} into {new}: {shape} holds {count} elements but {new} holds {new_count}. Reshaping only regroups the elements, so the counts must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shape} and {new} both hold {count} elements: reshaping keeps the elements and their order, only the grouping into axes changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposing {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axes {axes} are not a reordering of the {ndim} axes of {label} (0 to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has fewer than two axes, so transposing changes nothing: {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposing exchanges rows and columns: entry [i, j] moves to [j, i], so {shape} becomes {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New axis {new} is old axis {old} ({size} long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axes are reordered: {shape} -&gt; {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} combines all {count} entries of {label} into one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} does not exist: {label} has {ndim} axes, numbered 0 to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} along axis {axis} combines its {size} entries into one, so that axis disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepdims=True keeps it as an axis of length 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shape} -&gt; {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a tensor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape {shape} asks for {ndim} axes and {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slicing {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} inserts a new axis of length 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result shape: {shape}, a {ndim}D tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many indices: {label} has {ndim} axes, but the index names {used}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index may contain &apos;...&apos; only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps nothing, so it becomes 0 long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps positions {positions}, so it becomes {length} long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index {index} is out of range: axis {axis} of {label} has {size} positions, 0 to {last} (or -{size} to -1 from the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): the single index {code} picks position {position}, so this axis disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask has shape {mask} but axes {axis} onwards of {label} have shape {sizes}; a mask must match them exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask of shape {mask} keeps the {count} positions where it is True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): an index array of shape {shape} picks {count} positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long) is not indexed, so it is kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes {first} to {last} are not indexed, so they are kept whole: {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index arrays used on {label} have shapes that cannot be broadcast together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
