<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ActivationsDemo</name>
    <message>
        <source>The neuron switches where {0}. The dashed line is that edge, the arrow is {1}: the output grows in the arrow&apos;s direction.</source>
        <translation>نورون جایی روشن می‌شود که {0} باشد. خط‌چین همین مرز است و پیکان بردار {1} است: خروجی در جهت پیکان بزرگ‌تر می‌شود.</translation>
    </message>
    <message>
        <source>An activation function bends a neuron&apos;s output: sigmoid squashes to {0}, tanh to {1}, ReLU keeps positives and zeroes negatives. Their slopes (dashed) are what backpropagation multiplies by: sigmoid&apos;s is at most 0.25 and fades away from zero. The weights {2} turn and steepen a neuron&apos;s edge, the bias {3} slides it.</source>
        <translation>تابع فعال‌سازی خروجی نورون را خم (غیرخطی) می‌کند: سیگموید آن را در بازه {0} فشرده می‌کند و tanh در بازه {1}؛ ReLU مقدارهای مثبت را نگه می‌دارد و منفی‌ها را صفر می‌کند. شیب این توابع (خط‌چین) همان عددی است که پس‌انتشار در آن ضرب می‌کند: شیب سیگموید حداکثر 0.25 است و هرچه از صفر دورتر شویم به صفر نزدیک‌تر می‌شود. وزن‌های {2} مرز نورون را می‌چرخانند و تندتر می‌کنند و بایاس {3} آن را جابه‌جا می‌کند.</translation>
    </message>
    <message>
        <source>One neuron {0}</source>
        <translation>یک نورون: {0}</translation>
    </message>
    <message>
        <source>Activation {0}:</source>
        <translation>تابع فعال‌سازی {0}:</translation>
    </message>
    <message>
        <source>The activation function of the neuron</source>
        <translation>تابع فعال‌سازی نورون</translation>
    </message>
    <message>
        <source>The weight of the first input</source>
        <translation>وزن ورودی اول</translation>
    </message>
    <message>
        <source>The weight of the second input</source>
        <translation>وزن ورودی دوم</translation>
    </message>
    <message>
        <source>The bias: shifts where the neuron switches on</source>
        <translation>بایاس: جایی را که نورون روشن می‌شود جابه‌جا می‌کند</translation>
    </message>
    <message>
        <source>Turn the weights around and move the bias automatically</source>
        <translation>چرخاندن خودکار وزن‌ها و جابه‌جا کردن بایاس</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>سیگموید</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;━ {2}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{1}&apos;&gt;┅ slope {3}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;━ {2}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{1}&apos;&gt;┅ شیب {3}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>One input: {0}</source>
        <translation>یک ورودی: {0}</translation>
    </message>
    <message>
        <source>Two inputs: {0}</source>
        <translation>دو ورودی: {0}</translation>
    </message>
</context>
<context>
    <name>BackpropDemo</name>
    <message>
        <source>Forward pass: compute the prediction and the loss</source>
        <translation>گذر رو به جلو: محاسبه پیش‌بینی و زیان</translation>
    </message>
    <message>
        <source>Backward pass: the chain rule, from the loss back to every weight</source>
        <translation>گذر رو به عقب: قاعده زنجیره‌ای، از زیان به عقب تا تک‌تک وزن‌ها</translation>
    </message>
    <message>
        <source>Update: {0}</source>
        <translation>به‌روزرسانی: {0}</translation>
    </message>
    <message>
        <source>Training step {0} · line {1} of {2} · {3}</source>
        <translation>گام آموزش {0} · سطر {1} از {2} · {3}</translation>
    </message>
    <message>
        <source>Checked: the core&apos;s {0} gives {1} and the same nine gradients (largest difference {2}); nudging each weight by {3} agrees too ({4}).</source>
        <translation>بررسی شد: تابع {0} در هسته برنامه هم {1} و همین نُه گرادیان را می‌دهد (بیشترین اختلاف {2})؛ تغییر کوچک هر وزن به اندازه {3} هم همین را تأیید می‌کند ({4}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Perturb one weight and see&lt;/b&gt;: raise one weight by {6}, lower it by {7}, and compare the losses. It needs no calculus, but costs &lt;b&gt;two forward passes per weight&lt;/b&gt;: {0} for this {1} network ({2} weights), &lt;b&gt;{3}&lt;/b&gt; for the lecture&apos;s {4} network ({5} weights). Backpropagation gets every gradient from &lt;b&gt;one forward and one backward pass&lt;/b&gt;.</source>
        <translation>&lt;b&gt;یک وزن را کمی تغییر دهید و ببینید&lt;/b&gt;: یک وزن را به اندازه {6} بالا ببرید، یک بار هم به اندازه {7} پایین، و زیان‌ها را مقایسه کنید. این روش به حسابان نیازی ندارد، اما برای &lt;b&gt;هر وزن دو گذر رو به جلو&lt;/b&gt; هزینه دارد: {0} گذر برای این شبکه {1} (با {2} وزن) و &lt;b&gt;{3}&lt;/b&gt; گذر برای شبکه درس {4} (با {5} وزن). پس‌انتشار همه گرادیان‌ها را با &lt;b&gt;یک گذر رو به جلو و یک گذر رو به عقب&lt;/b&gt; به دست می‌آورد.</translation>
    </message>
    <message>
        <source>Backpropagation, line by line</source>
        <translation>پس‌انتشار، سطر به سطر</translation>
    </message>
    <message>
        <source>Perturb one weight and see</source>
        <translation>یک وزن را کمی تغییر دهید و ببینید</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>backprop {0}</source>
        <translation>پس‌انتشار {0}</translation>
    </message>
    <message>
        <source>Backpropagation is the chain rule applied from the loss backwards: each weight&apos;s gradient is a product of the local slopes on the path from the loss to that weight. Step through one training step of a tiny network, with real numbers, down to the update {0}.</source>
        <translation>پس‌انتشار همان قاعده زنجیره‌ای است که از زیان رو به عقب اعمال می‌شود: گرادیان هر وزن حاصل‌ضرب شیب‌های محلی روی مسیر زیان تا آن وزن است. یک گام آموزش یک شبکه بسیار کوچک را با عددهای واقعی، سطر به سطر دنبال کنید تا به به‌روزرسانی {0} برسید.</translation>
    </message>
    <message>
        <source>One example</source>
        <translation>یک نمونه</translation>
    </message>
    <message>
        <source>Target {0}:</source>
        <translation>هدف {0}:</translation>
    </message>
    <message>
        <source>Learning rate {0}:</source>
        <translation>نرخ یادگیری {0}:</translation>
    </message>
    <message>
        <source>The first input</source>
        <translation>ورودی اول</translation>
    </message>
    <message>
        <source>The second input</source>
        <translation>ورودی دوم</translation>
    </message>
    <message>
        <source>The answer the network should give</source>
        <translation>پاسخی که شبکه باید بدهد</translation>
    </message>
    <message>
        <source>The step size of the update</source>
        <translation>اندازه گام به‌روزرسانی</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Show the previous line of the calculation</source>
        <translation>نمایش سطر قبلی محاسبه</translation>
    </message>
    <message>
        <source>Show the next line of the calculation</source>
        <translation>نمایش سطر بعدی محاسبه</translation>
    </message>
    <message>
        <source>Apply the update, next step</source>
        <translation>اعمال به‌روزرسانی، گام بعد</translation>
    </message>
    <message>
        <source>Use the updated weights and compute the next training step</source>
        <translation>به‌کارگیری وزن‌های به‌روزشده و محاسبه گام بعدی آموزش</translation>
    </message>
    <message>
        <source>Random weights</source>
        <translation>وزن‌های تصادفی</translation>
    </message>
    <message>
        <source>Start from other weights</source>
        <translation>شروع از وزن‌های دیگر</translation>
    </message>
    <message>
        <source>Reveal the lines one after the other</source>
        <translation>نمایش سطرها یکی پس از دیگری</translation>
    </message>
    <message>
        <source>Diagram of the {0} network</source>
        <translation>نمودار شبکه {0}</translation>
    </message>
</context>
<context>
    <name>BatchingDemo</name>
    <message>
        <source>Training three ways…</source>
        <translation>در حال آموزش به سه روش…</translation>
    </message>
    <message>
        <source>Press Start to replay the three runs.</source>
        <translation>برای پخش دوباره سه اجرا، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>Could not train: {0}</source>
        <translation>آموزش ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>Batch (all points)</source>
        <translation>دسته‌ای (همه نقاط)</translation>
    </message>
    <message>
        <source>Stochastic (one point)</source>
        <translation>تصادفی (یک نقطه)</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>دسته کوچک</translation>
    </message>
    <message>
        <source>The same line {0} is fitted to 64 points three ways. Batch gradient descent uses all points for every step: smooth, but one step per epoch. Stochastic uses one point per step: many cheap, noisy steps. Mini-batches of a few points are the compromise every real network uses.</source>
        <translation>یک خط {0} به سه روش به 64 نقطه برازش داده می‌شود. گرادیان نزولی دسته‌ای (batch) در هر گام از همه نقاط استفاده می‌کند: هموار است، اما در هر دوره (epoch) فقط یک گام برمی‌دارد. روش تصادفی (stochastic) در هر گام فقط یک نقطه را می‌بیند: گام‌های فراوان، ارزان و پرنوسان. دسته‌های کوچک (mini-batch) چندنقطه‌ای راه میانه‌اند و همه شبکه‌های واقعی از آن‌ها استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>تعداد دوره‌ها:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>نرخ یادگیری:</translation>
    </message>
    <message>
        <source>Mini-batch size:</source>
        <translation>اندازه دسته کوچک:</translation>
    </message>
    <message>
        <source>How many passes over all 64 points</source>
        <translation>چند بار از روی همه 64 نقطه گذر شود</translation>
    </message>
    <message>
        <source>The same step size for all three runs</source>
        <translation>اندازه گام یکسان برای هر سه اجرا</translation>
    </message>
    <message>
        <source>How many points one mini-batch step looks at</source>
        <translation>هر گام دسته کوچک چند نقطه را می‌بیند</translation>
    </message>
    <message>
        <source>Replay from the start</source>
        <translation>پخش دوباره از ابتدا</translation>
    </message>
    <message>
        <source>Show the three runs again from epoch 0</source>
        <translation>نمایش دوباره سه اجرا از دوره 0</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>اندازه دسته</translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation>گام در هر دوره</translation>
    </message>
    <message>
        <source>Time per epoch (ms)</source>
        <translation>زمان هر دوره (میلی‌ثانیه)</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>زیان نهایی</translation>
    </message>
    <message>
        <source>Loss of each step&apos;s batch</source>
        <translation>زیان دسته هر گام</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <source>Paths of {0} on the loss surface</source>
        <translation>مسیرهای {0} روی سطح زیان</translation>
    </message>
</context>
<context>
    <name>CollapseDemo</name>
    <message>
        <source>Press Start to train.</source>
        <translation>برای آموزش، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>loss {0:.3f}, accuracy {1:.0%}</source>
        <translation>زیان {0:.3f}، دقت {1:.0%}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The three linear layers are one layer.&lt;/b&gt; {0} (in the core&apos;s row layout {1}, shapes {2}) multiplies out to a single {3} matrix {4}, and the biases to one {5}:</source>
        <translation>&lt;b&gt;سه لایه خطی در واقع یک لایه‌اند.&lt;/b&gt; حاصل‌ضرب {0} (در چیدمان سطری هسته {1}، با شکل‌های {2}) یک ماتریس {3} به نام {4} می‌شود و بایاس‌ها یک {5}:</translation>
    </message>
    <message>
        <source>{0} gives the same outputs as the three layers: the largest difference over all points is {1}. One matrix can only draw a straight boundary.</source>
        <translation>{0} همان خروجی‌های سه لایه را می‌دهد: بیشترین اختلاف روی همه نقطه‌ها {1} است. یک ماتریس فقط می‌تواند مرزی راست بکشد.</translation>
    </message>
    <message>
        <source>Stacking layers without activations does not help: {0} is just {1}, one matrix, so the deep network is a linear classifier in disguise. Put a ReLU between the layers and the network can fold the plane and bend its boundary around the data.</source>
        <translation>روی هم چیدن لایه‌ها بدون تابع فعال‌سازی فایده‌ای ندارد: {0} همان {1} است، یعنی فقط یک ماتریس؛ پس این شبکهٔ به‌ظاهر عمیق در واقع فقط یک طبقه‌بند خطی است. اگر بین لایه‌ها یک ReLU بگذارید، شبکه می‌تواند صفحه را تا کند و مرزش را دور داده‌ها خم کند.</translation>
    </message>
    <message>
        <source>Two networks, {0}</source>
        <translation>دو شبکه، {0}</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>داده:</translation>
    </message>
    <message>
        <source>Units {0}:</source>
        <translation>تعداد واحدها {0}:</translation>
    </message>
    <message>
        <source>Which 2-D data set to classify</source>
        <translation>کدام مجموعه داده دوبعدی طبقه‌بندی شود</translation>
    </message>
    <message>
        <source>How many units each of the two hidden layers has</source>
        <translation>تعداد واحدهای هر یک از دو لایه پنهان</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Start again with fresh random weights</source>
        <translation>شروع دوباره با وزن‌های تصادفی تازه</translation>
    </message>
    <message>
        <source>Without activations</source>
        <translation>بدون تابع فعال‌سازی</translation>
    </message>
    <message>
        <source>With ReLU</source>
        <translation>با ReLU</translation>
    </message>
</context>
<context>
    <name>ConceptNames</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>تکانه</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>نستروف</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Adadelta</source>
        <translation>Adadelta</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>سیگموید</translation>
    </message>
    <message>
        <source>none (linear)</source>
        <translation>هیچ (خطی)</translation>
    </message>
    <message>
        <source>Linearly separable</source>
        <translation>جدایی‌پذیر خطی</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>دایره‌ها</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>هلال‌ها</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>مارپیچ‌ها</translation>
    </message>
    <message>
        <source>1-D: parabola</source>
        <translation>یک‌بعدی: سهمی</translation>
    </message>
    <message>
        <source>1-D: two valleys</source>
        <translation>یک‌بعدی: دو دره</translation>
    </message>
    <message>
        <source>Bowl</source>
        <translation>کاسه</translation>
    </message>
    <message>
        <source>Long narrow valley</source>
        <translation>دره باریک و دراز</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>زین</translation>
    </message>
    <message>
        <source>Several minima</source>
        <translation>چند کمینه</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana</source>
        <translation>موز روزنبروک</translation>
    </message>
</context>
<context>
    <name>ConceptsPage</name>
    <message>
        <source>1. Regression</source>
        <translation>1. رگرسیون</translation>
    </message>
    <message>
        <source>2. Decision boundaries</source>
        <translation>2. مرزهای تصمیم</translation>
    </message>
    <message>
        <source>3. Why nonlinear activations</source>
        <translation>3. چرا فعال‌سازی غیرخطی؟</translation>
    </message>
    <message>
        <source>4. Activation functions</source>
        <translation>4. توابع فعال‌سازی</translation>
    </message>
    <message>
        <source>5. A layer as geometry</source>
        <translation>5. هندسه یک لایه</translation>
    </message>
    <message>
        <source>6. Gradient descent</source>
        <translation>6. گرادیان نزولی</translation>
    </message>
    <message>
        <source>7. Batch, stochastic, mini-batch</source>
        <translation>7. دسته‌ای، تصادفی، دسته کوچک</translation>
    </message>
    <message>
        <source>8. Backpropagation step by step</source>
        <translation>8. پس‌انتشار گام‌به‌گام</translation>
    </message>
    <message>
        <source>9. Inside the MNIST network</source>
        <translation>9. درون شبکه MNIST</translation>
    </message>
    <message>
        <source>10. The real loss landscape</source>
        <translation>10. چشم‌انداز واقعی زیان</translation>
    </message>
    <message>
        <source>11. Numbers in a computer</source>
        <translation>11. اعداد در رایانه</translation>
    </message>
    <message>
        <source>12. The gradient tape</source>
        <translation>12. نوار گرادیان</translation>
    </message>
    <message>
        <source>13. The training loop, line by line</source>
        <translation>13. حلقه آموزش، خط به خط</translation>
    </message>
    <message>
        <source>14. Two and three layers</source>
        <translation>14. دو لایه و سه لایه</translation>
    </message>
    <message>
        <source>15. Uncrumpling the paper ball</source>
        <translation>15. باز کردن کاغذ مچاله</translation>
    </message>
    <message>
        <source>Fit a line or a polynomial to points, by formula and by gradient descent</source>
        <translation>برازش یک خط یا چندجمله‌ای به نقاط، هم با فرمول و هم با گرادیان نزولی</translation>
    </message>
    <message>
        <source>Train classifiers on 2-D data and watch their decision regions</source>
        <translation>آموزش طبقه‌بندها روی داده‌های دوبعدی و تماشای ناحیه‌های تصمیم آن‌ها</translation>
    </message>
    <message>
        <source>See that layers without activations collapse into one matrix</source>
        <translation>ببینید که لایه‌های بدون تابع فعال‌سازی در هم فرو می‌روند و یک ماتریس می‌شوند</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU, their slopes, and what one neuron computes</source>
        <translation>سیگموید، tanh و ReLU، شیب آن‌ها، و آنچه یک نورون حساب می‌کند</translation>
    </message>
    <message>
        <source>Watch a matrix, a shift and a ReLU transform the plane</source>
        <translation>ببینید یک ماتریس، یک جابه‌جایی و یک ReLU صفحه را چگونه تغییر می‌دهند</translation>
    </message>
    <message>
        <source>Roll downhill on loss surfaces; compare learning rates and optimizers</source>
        <translation>روی سطح‌های زیان سرازیر شوید؛ نرخ‌های یادگیری و بهینه‌سازها را مقایسه کنید</translation>
    </message>
    <message>
        <source>Train one problem with all, one, or a few examples per step</source>
        <translation>آموزش یک مسئله با همه نمونه‌ها، یک نمونه یا چند نمونه در هر گام</translation>
    </message>
    <message>
        <source>Every number of one training step of a tiny network</source>
        <translation>تک‌تک عددهای یک گام آموزش در یک شبکه بسیار کوچک</translation>
    </message>
    <message>
        <source>What the trained network&apos;s units look for, and a digit flowing through</source>
        <translation>واحدهای شبکه آموزش‌دیده به دنبال چه هستند، و عبور یک رقم از درون شبکه</translation>
    </message>
    <message>
        <source>The MNIST network&apos;s loss around trained weights, with the optimizers&apos; paths</source>
        <translation>زیان شبکه MNIST در اطراف وزن‌های آموزش‌دیده، همراه با مسیر بهینه‌سازها</translation>
    </message>
    <message>
        <source>Overflow, log of zero, {0}, unscaled pixels, vanishing gradients, denormals</source>
        <translation>سرریز، لگاریتم صفر، {0}، پیکسل‌های مقیاس‌نشده، محوشدن گرادیان، اعداد زیرنرمال</translation>
    </message>
    <message>
        <source>The book&apos;s training step from scratch: what the tape records, and the gradient flowing back</source>
        <translation>گام آموزش کتاب، از صفر: آنچه نوار ثبت می‌کند و گرادیانی که به عقب جریان می‌یابد</translation>
    </message>
    <message>
        <source>The slide&apos;s {0} loop run on MNIST, one line at a time</source>
        <translation>حلقه {0} اسلاید، اجراشده روی MNIST، هر بار یک خط</translation>
    </message>
    <message>
        <source>{0}: the matrices with their real shapes</source>
        <translation>{0}: ماتریس‌ها با شکل واقعی‌شان</translation>
    </message>
    <message>
        <source>Each layer bends the plane a little until a line separates the classes</source>
        <translation>هر لایه صفحه را کمی خم می‌کند تا یک خط راست دو دسته را از هم جدا کند</translation>
    </message>
    <message>
        <source>Concept demos</source>
        <translation>نمایش‌های تعاملی مفاهیم</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>مجموعه داده</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>رقم‌های MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes</source>
        <translation>لباس‌های Fashion-MNIST</translation>
    </message>
    <message>
        <source>The images the network learns from: handwritten digits or pictures of clothes.</source>
        <translation>تصویرهایی که شبکه از آن‌ها یاد می‌گیرد: رقم‌های دست‌نویس یا تصویرهای لباس.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>اعتبارسنجی</translation>
    </message>
    <message>
        <source>Share of the training images kept aside to check, after each epoch, how well the network does on images it never trained on.</source>
        <translation>سهمی از تصویرهای آموزش که کنار گذاشته می‌شود تا بعد از هر دوره بررسی شود شبکه روی تصویرهایی که هرگز با آن‌ها آموزش ندیده چقدر خوب عمل می‌کند.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>تصویرهای آموزش</translation>
    </message>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Train on only the first this many training images (all: the whole training set). A few thousand make stochastic gradient descent finish in seconds; validation and test images stay the same.</source>
        <translation>فقط با همین تعداد از نخستین تصویرهای آموزش، آموزش دهید (همه: کل مجموعه آموزش). با چند هزار تصویر، کاهش گرادیان تصادفی در چند ثانیه تمام می‌شود؛ تصویرهای اعتبارسنجی و آزمون تغییری نمی‌کنند.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>لایه‌های پنهان</translation>
    </message>
    <message>
        <source>How many Dense layers sit between the input pixels and the 10 outputs; 0 gives a linear classifier.</source>
        <translation>چند لایه Dense بین پیکسل‌های ورودی و 10 خروجی قرار می‌گیرد؛ با 0 لایه پنهان، یک طبقه‌بند خطی به دست می‌آید.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Number of units (neurons) in hidden layer {0}.</source>
        <translation>تعداد واحدهای (نورون‌های) لایه پنهان {0}.</translation>
    </message>
    <message>
        <source>Units in hidden layer {0}</source>
        <translation>واحدهای لایه پنهان {0}</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>تابع فعال‌سازی</translation>
    </message>
    <message>
        <source>The non-linear function each hidden unit applies; without one, all layers collapse into a single linear map.</source>
        <translation>تابع غیرخطی‌ای که هر واحد پنهان اعمال می‌کند؛ بدون آن، همه لایه‌ها در هم فرو می‌روند و به یک نگاشت خطی واحد تبدیل می‌شوند.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>بهینه‌ساز</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates; you may switch it while training runs.</source>
        <translation>قاعده‌ای که گرادیان‌ها را به به‌روزرسانی وزن‌ها تبدیل می‌کند؛ در حین آموزش هم می‌توانید آن را عوض کنید.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>نرخ یادگیری</translation>
    </message>
    <message>
        <source>How big a step each update takes (from 0.00001 to 10, log scale); changes apply at the next step.</source>
        <translation>اندازه گامی که هر به‌روزرسانی برمی‌دارد (از 0.00001 تا 10، در مقیاس لگاریتمی)؛ تغییرها از گام بعد اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>Learning rate slider</source>
        <translation>لغزنده نرخ یادگیری</translation>
    </message>
    <message>
        <source>Batches and epochs</source>
        <translation>دسته‌ها و دوره‌ها</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>دسته‌ای</translation>
    </message>
    <message>
        <source>Batch gradient descent: every step uses the whole training set.</source>
        <translation>گرادیان نزولی دسته‌ای (batch): هر گام از همه داده‌های آموزش استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>دسته کوچک</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent: every step uses a small random batch (the lecture uses 128).</source>
        <translation>گرادیان نزولی با دسته کوچک (mini-batch): هر گام از یک دسته کوچک تصادفی استفاده می‌کند (در درس، دسته‌های 128تایی).</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>تصادفی</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: every step uses one single image.</source>
        <translation>گرادیان نزولی تصادفی (stochastic): هر گام فقط از یک تصویر استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>اندازه دسته</translation>
    </message>
    <message>
        <source>How many images one update step looks at.</source>
        <translation>هر گام به‌روزرسانی چند تصویر را می‌بیند.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>تعداد دوره‌ها</translation>
    </message>
    <message>
        <source>How many times training goes through all training images.</source>
        <translation>آموزش چند بار از روی همه تصویرهای آموزش گذر می‌کند.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>عدد آغازین</translation>
    </message>
    <message>
        <source>Start of the random numbers: the same seed gives the same initial weights and the same batch order.</source>
        <translation>نقطه شروع تولید عددهای تصادفی: با عدد آغازین یکسان، وزن‌های اولیه و ترتیب دسته‌ها هم یکسان می‌شوند.</translation>
    </message>
    <message>
        <source>Lecture experiments</source>
        <translation>آزمایش‌های درس</translation>
    </message>
    <message>
        <source>Lecture network</source>
        <translation>شبکه درس</translation>
    </message>
    <message>
        <source>Set everything as in the lecture: 512 {0} units, RMSprop with learning rate 0.001, batches of 128, 5 epochs.</source>
        <translation>همه‌چیز را مثل درس تنظیم می‌کند: 512 واحد {0}، بهینه‌ساز RMSprop با نرخ یادگیری 0.001، دسته‌های 128تایی و 5 دوره.</translation>
    </message>
    <message>
        <source>Save as my defaults</source>
        <translation>ذخیره به‌عنوان پیش‌فرض من</translation>
    </message>
    <message>
        <source>Start every new session with the settings shown now, instead of the lecture network.</source>
        <translation>هر جلسه جدید با همین تنظیماتی که اکنون می‌بینید شروع می‌شود، نه با شبکه درس.</translation>
    </message>
    <message>
        <source>Compare learning rates</source>
        <translation>مقایسه نرخ‌های یادگیری</translation>
    </message>
    <message>
        <source>Train three runs of gradient descent (SGD) from the same initial weights with a learning rate too small (0.001), about right (0.5) and too large (2.0), and overlay them.</source>
        <translation>سه اجرای کاهش گرادیان (SGD) را از وزن‌های اولیه یکسان، با نرخ یادگیری خیلی کوچک (0.001)، مناسب (0.5) و خیلی بزرگ (2.0) آموزش می‌دهد و منحنی‌هایشان را روی هم نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Compare batch sizes</source>
        <translation>مقایسه اندازه‌های دسته</translation>
    </message>
    <message>
        <source>Train batch, mini-batch (32) and stochastic (1) gradient descent from the same initial weights on the same 2,000 training images for 5 epochs: the same samples seen, few exact steps against many noisy ones.</source>
        <translation>کاهش گرادیان دسته‌ای، دسته کوچک (32) و تصادفی (1) را از وزن‌های اولیه یکسان، روی همان 2,000 تصویر آموزش و در 5 دوره آموزش می‌دهد: تعداد نمونه‌های دیده‌شده یکی است؛ چند گام دقیق در برابر گام‌های پرشمار و پرنوسان.</translation>
    </message>
    <message>
        <source>Compare the seven optimizers</source>
        <translation>مقایسه هفت بهینه‌ساز</translation>
    </message>
    <message>
        <source>Train the same network from the same initial weights with each optimizer at its default settings, one after another.</source>
        <translation>همان شبکه را از وزن‌های اولیه یکسان، یکی پس از دیگری با هر بهینه‌ساز و تنظیمات پیش‌فرض آن آموزش می‌دهد.</translation>
    </message>
    <message>
        <source>Momentum {0}</source>
        <translation>تکانه {0}</translation>
    </message>
    <message>
        <source>How much of the previous step&apos;s velocity is kept (0 = plain SGD).</source>
        <translation>چه مقدار از سرعت گام قبلی حفظ می‌شود (0 یعنی همان SGD ساده).</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>نستروف</translation>
    </message>
    <message>
        <source>Look ahead along the velocity before taking the gradient.</source>
        <translation>پیش از محاسبه گرادیان، در جهت سرعت یک گام جلوتر را نگاه می‌کند.</translation>
    </message>
    <message>
        <source>Decay {0}</source>
        <translation>ضریب واپاشی {0}</translation>
    </message>
    <message>
        <source>How quickly the running average of squared gradients forgets old gradients.</source>
        <translation>میانگین متحرک مربع گرادیان‌ها با چه سرعتی گرادیان‌های قدیمی را فراموش می‌کند.</translation>
    </message>
    <message>
        <source>Epsilon {0}</source>
        <translation>اپسیلون {0}</translation>
    </message>
    <message>
        <source>A tiny number added to avoid dividing by zero.</source>
        <translation>عددی بسیار کوچک که اضافه می‌شود تا تقسیم بر صفر پیش نیاید.</translation>
    </message>
    <message>
        <source>Decay of the running average of gradients (the momentum part).</source>
        <translation>ضریب واپاشی میانگین متحرک گرادیان‌ها (بخش تکانه).</translation>
    </message>
    <message>
        <source>Decay of the running average of squared gradients.</source>
        <translation>ضریب واپاشی میانگین متحرک مربع گرادیان‌ها.</translation>
    </message>
    <message>
        <source>Initial sum</source>
        <translation>مجموع اولیه</translation>
    </message>
    <message>
        <source>Starting value of Adagrad&apos;s sum of squared gradients.</source>
        <translation>مقدار آغازین مجموع مربع گرادیان‌ها در Adagrad.</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} پارامتر</translation>
    </message>
    <message>
        <source>Layer sizes from the 784 input pixels to the 10 outputs, and the shape of every weight matrix.</source>
        <translation>اندازه لایه‌ها، از 784 پیکسل ورودی تا 10 خروجی، و شکل هر ماتریس وزن.</translation>
    </message>
    <message>
        <source> % ({0:,} images)</source>
        <translation> % ({0:,} تصویر)</translation>
    </message>
    <message>
        <source>all {0:,}</source>
        <translation>همه، {0:,}</translation>
    </message>
    <message>
        <source> (all)</source>
        <translation> (همه)</translation>
    </message>
</context>
<context>
    <name>DataTensorsPanel</name>
    <message>
        <source>Real data are tensors whose axes mean something. Inspect a small example, then slice it.</source>
        <translation>داده‌های واقعی تنسورهایی هستند که محورهایشان معنا دارند. یک مثال کوچک را بررسی کنید و بعد آن را برش بزنید.</translation>
    </message>
    <message>
        <source>Show the small example {0} with shape {1}</source>
        <translation>نمایش مثال کوچک {0} با شکل {1}</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>Loading {0}</source>
        <translation>بارگذاری {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>در حال خواندن {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Loading {0} failed unexpectedly: {1}</source>
        <translation>بارگذاری {0} به‌طور غیرمنتظره ناموفق بود: {1}</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} of {2:.1f} MB</source>
        <translation>در حال بارگیری {0}: {1:.1f} از {2:.1f} مگابایت</translation>
    </message>
    <message>
        <source>data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} MB</source>
        <translation>در حال بارگیری {0}: {1:.1f} مگابایت</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>T-shirt/top</source>
        <translation>تی‌شرت/تاپ</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>شلوار</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>پلیور</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>لباس</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>کت</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>صندل</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>پیراهن</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>کتانی</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>کیف</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>نیم‌بوت</translation>
    </message>
</context>
<context>
    <name>DecisionDemo</name>
    <message>
        <source>Press Start to train.</source>
        <translation>برای آموزش، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>Step {0}: loss {1:.4f}, accuracy {2:.0%}</source>
        <translation>گام {0}: زیان {1:.4f}، دقت {2:.0%}</translation>
    </message>
    <message>
        <source>A linear classifier splits the plane with a straight line, so it fails on XOR, circles, moons and spirals. Extra features such as {0}, {1} and {2} let a linear model draw curves; a network with hidden layers learns its own features. The colours show the class each point of the plane gets.</source>
        <translation>طبقه‌بند خطی صفحه را با یک خط راست دو نیم می‌کند، پس روی XOR، دایره‌ها، هلال‌ها و مارپیچ‌ها شکست می‌خورد. ویژگی‌های اضافه مثل {0}، {1} و {2} به مدل خطی امکان می‌دهند منحنی بکشد؛ شبکه‌ای با لایه‌های پنهان، ویژگی‌هایش را خودش یاد می‌گیرد. رنگ‌ها نشان می‌دهند هر نقطه از صفحه به کدام کلاس نسبت داده می‌شود.</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>طبقه‌بند</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>خطی</translation>
    </message>
    <message>
        <source>Linear + extra features</source>
        <translation>خطی با ویژگی‌های اضافه</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>شبکه عصبی</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>داده:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>نویز:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>مدل:</translation>
    </message>
    <message>
        <source>Feature degree:</source>
        <translation>درجه ویژگی‌ها:</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>لایه‌های پنهان:</translation>
    </message>
    <message>
        <source>Units per layer:</source>
        <translation>واحد در هر لایه:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>تابع فعال‌سازی:</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>بهینه‌ساز:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>نرخ یادگیری:</translation>
    </message>
    <message>
        <source>Which 2-D data set to classify</source>
        <translation>کدام مجموعه داده دوبعدی طبقه‌بندی شود</translation>
    </message>
    <message>
        <source>How much the points are scattered</source>
        <translation>میزان پراکندگی نقاط</translation>
    </message>
    <message>
        <source>The kind of classifier to train</source>
        <translation>نوع طبقه‌بندی که آموزش داده می‌شود</translation>
    </message>
    <message>
        <source>Extra features up to this power: {0}</source>
        <translation>ویژگی‌های اضافه تا این توان: {0}</translation>
    </message>
    <message>
        <source>How many hidden Dense layers the network has</source>
        <translation>تعداد لایه‌های پنهان Dense در شبکه</translation>
    </message>
    <message>
        <source>How many units each hidden layer has</source>
        <translation>تعداد واحدهای هر لایه پنهان</translation>
    </message>
    <message>
        <source>The activation function of the hidden layers</source>
        <translation>تابع فعال‌سازی لایه‌های پنهان</translation>
    </message>
    <message>
        <source>The optimizer that updates the weights</source>
        <translation>بهینه‌سازی که وزن‌ها را به‌روز می‌کند</translation>
    </message>
    <message>
        <source>The step size; it can be changed while training runs</source>
        <translation>اندازه گام؛ در حین آموزش هم می‌توان آن را تغییر داد</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Start again with fresh random weights</source>
        <translation>شروع دوباره با وزن‌های تصادفی تازه</translation>
    </message>
    <message>
        <source>Decision regions</source>
        <translation>ناحیه‌های تصمیم</translation>
    </message>
    <message>
        <source>Loss while training</source>
        <translation>زیان در طول آموزش</translation>
    </message>
    <message>
        <source>step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
</context>
<context>
    <name>DemoWidget</name>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Start or stop the animation</source>
        <translation>شروع یا توقف پویانمایی</translation>
    </message>
</context>
<context>
    <name>DescentDemo</name>
    <message>
        <source>flew off (diverged)</source>
        <translation>پرت شد (واگرا شد)</translation>
    </message>
    <message>
        <source>step {0}: loss {1} at {2}</source>
        <translation>گام {0}: زیان {1} در {2}</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>خیلی کوچک</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>خیلی بزرگ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>واگرا شد</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>زیان {0:.4f}</translation>
    </message>
    <message>
        <source>{0}&lt;br&gt;gradient {1}</source>
        <translation>{0}&lt;br&gt;گرادیان {1}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>گام {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;: {0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;Click a plot to start somewhere else.</source>
        <translation>&lt;b&gt;نقطه شروع&lt;/b&gt;: {0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;برای شروع از جای دیگر، روی نمودار کلیک کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Momentum remembers:&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;▬&lt;/span&gt; its previous step&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt; velocity: {2} × previous step&lt;br&gt;&lt;span style=&apos;color:#222222&apos;&gt;{3}&lt;/span&gt; {4}, the gradient step&lt;br&gt;The next step is their sum.</source>
        <translation>&lt;b&gt;تکانه به یاد می‌آورد:&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;▬&lt;/span&gt; گام قبلی‌اش&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt; سرعت: {2} ضرب در گام قبلی&lt;br&gt;&lt;span style=&apos;color:#222222&apos;&gt;{3}&lt;/span&gt; {4}، گام گرادیان&lt;br&gt;گام بعدی مجموع این دو است.</translation>
    </message>
    <message>
        <source>Gradient descent steps against the gradient: {0}. Too small a learning rate {1} crawls, too large a one overshoots and can fly off. In a narrow valley plain steps zigzag, momentum speeds along it, and adaptive optimizers give each coordinate its own step; the race runs the core&apos;s own seven optimizers.</source>
        <translation>گرادیان نزولی در خلاف جهت گرادیان گام برمی‌دارد: {0}. با نرخ یادگیری {1} خیلی کوچک، حرکت بسیار کُند است؛ با نرخ خیلی بزرگ، از کمینه جلو می‌زند و ممکن است پرت شود (واگرا شود). در یک دره باریک، گام‌های SGD ساده زیگزاگ می‌زنند، تکانه (momentum) در امتداد دره شتاب می‌گیرد و بهینه‌سازهای تطبیقی به هر مختصه گامی جداگانه می‌دهند؛ در «مسابقه»، همان هفت بهینه‌ساز هسته برنامه با هم رقابت می‌کنند.</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>نزول</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>گام‌به‌گام</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>نرخ یادگیری</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>مسابقه بهینه‌سازها</translation>
    </message>
    <message>
        <source>Surface:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Learning rate {0}:</source>
        <translation>نرخ یادگیری {0}:</translation>
    </message>
    <message>
        <source>The loss function to descend</source>
        <translation>تابع زیانی که روی آن پایین می‌رویم</translation>
    </message>
    <message>
        <source>The step size of the step-by-step descent</source>
        <translation>اندازه گام در نزول گام‌به‌گام</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>یک گام</translation>
    </message>
    <message>
        <source>Take a single gradient step</source>
        <translation>برداشتن فقط یک گام گرادیان</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>بازگشت به شروع</translation>
    </message>
    <message>
        <source>Put every walker back at the start point</source>
        <translation>بازگرداندن همه نقطه‌های متحرک به نقطه شروع</translation>
    </message>
    <message>
        <source>Click to choose the start</source>
        <translation>برای انتخاب نقطه شروع کلیک کنید</translation>
    </message>
    <message>
        <source>The same surface in 3-D</source>
        <translation>همین سطح به‌صورت سه‌بعدی</translation>
    </message>
    <message>
        <source>Turn the 3-D view:</source>
        <translation>چرخاندن نمای سه‌بعدی:</translation>
    </message>
    <message>
        <source>Look at the surface from another side</source>
        <translation>دیدن سطح از زاویه‌ای دیگر</translation>
    </message>
    <message>
        <source>Seven optimizers, one start</source>
        <translation>هفت بهینه‌ساز، یک نقطه شروع</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>زیان در هر گام</translation>
    </message>
    <message>
        <source>step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Draw a digit here
or drop a picture of one</source>
        <translation>یک رقم اینجا بکشید
یا تصویر یک رقم را اینجا رها کنید</translation>
    </message>
    <message>
        <source>Draw one digit with the mouse or a pen; the network reads it as you draw.</source>
        <translation>با ماوس یا قلم یک رقم بکشید؛ شبکه هم‌زمان با کشیدن شما آن را می‌خواند.</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>بوم نقاشی</translation>
    </message>
    <message>
        <source>it cannot be opened ({0})</source>
        <translation>باز نمی‌شود ({0})</translation>
    </message>
    <message>
        <source>it is not an ordinary file but a pipe, a device or a folder; choose a PNG or JPG file</source>
        <translation>پرونده‌ای معمولی نیست، بلکه یک لوله، یک دستگاه یا یک پوشه است؛ یک پروندهٔ PNG یا JPG برگزینید</translation>
    </message>
    <message>
        <source>it has {0:,} bytes, more than a picture of a digit needs (at most {1:,}); save a smaller copy</source>
        <translation>{0:,} بایت دارد، بیش از آنچه تصویر یک رقم لازم دارد (حداکثر {1:,})؛ نسخهٔ کوچک‌تری از آن ذخیره کنید</translation>
    </message>
    <message>
        <source>it has {0} pixels, more than nnlab opens; save a smaller copy</source>
        <translation>{0} پیکسل دارد، بیش از آنچه nnlab باز می‌کند؛ نسخهٔ کوچک‌تری از آن ذخیره کنید</translation>
    </message>
    <message>
        <source>it is not a picture nnlab can read ({0}); save it as PNG or JPG</source>
        <translation>تصویری نیست که nnlab بتواند بخواند ({0})؛ آن را به صورت PNG یا JPG ذخیره کنید</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>Your drawing</source>
        <translation>نقاشی شما</translation>
    </message>
    <message>
        <source>Which network reads it</source>
        <translation>کدام شبکه آن را بخواند</translation>
    </message>
    <message>
        <source>The network&apos;s answer</source>
        <translation>پاسخ شبکه</translation>
    </message>
    <message>
        <source>What the network sees: your drawing, prepared the way MNIST was</source>
        <translation>آنچه شبکه می‌بیند: نقاشی شما، آماده‌شده به همان روشی که رقم‌های MNIST آماده شده‌اند</translation>
    </message>
    <message>
        <source>What the network sees inside</source>
        <translation>آنچه درون شبکه دیده می‌شود</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>قلم</translation>
    </message>
    <message>
        <source>How thick the pen draws. MNIST digits have strokes about a tenth of the digit&apos;s height.</source>
        <translation>ضخامت خطی که قلم می‌کشد. ضخامت خط‌های رقم‌های MNIST حدود یک‌دهم ارتفاع رقم است.</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>پهنای قلم</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z).</source>
        <translation>آخرین خطی را که کشیده‌اید برمی‌دارد (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Start again with an empty sheet (Esc or Delete).</source>
        <translation>از نو، با یک صفحه خالی شروع کنید (Esc یا Delete).</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>باز کردن تصویر…</translation>
    </message>
    <message>
        <source>Read a digit from a PNG or JPG file; you can also drop a picture on the sheet.</source>
        <translation>یک رقم را از پرونده PNG یا JPG بخوانید؛ می‌توانید تصویر را روی صفحه بکشید و رها کنید.</translation>
    </message>
    <message>
        <source>The digit the network finds most likely, and how sure it is.</source>
        <translation>رقمی که از نظر شبکه محتمل‌تر از همه است، و اینکه شبکه چقدر به آن اطمینان دارد.</translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation>شبکه با خطا روبه‌رو شد</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>هنوز چیزی نکشیده‌اید</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>شبکه‌ای انتخاب نشده</translation>
    </message>
    <message>
        <source>Is this a digit?</source>
        <translation>این یک رقم است؟</translation>
    </message>
    <message>
        <source>{0:.0%} sure</source>
        <translation>{0:.0%} مطمئن</translation>
    </message>
    <message>
        <source>Not sure: {0:.0%}, or a {1}?</source>
        <translation>نامطمئن: {0:.0%}؛ شاید {1}؟</translation>
    </message>
    <message>
        <source>Answer: {0}. {1}</source>
        <translation>پاسخ: {0}. {1}</translation>
    </message>
    <message>
        <source>Preprocessing and prediction took {0:.1f} ms</source>
        <translation>پیش‌پردازش و پیش‌بینی {0:.1f} میلی‌ثانیه طول کشید</translation>
    </message>
    <message>
        <source>There is less ink than in any training digit (try a thicker pen).</source>
        <translation>جوهرش از هر رقم آموزشی کمتر است (قلم ضخیم‌تری امتحان کنید).</translation>
    </message>
    <message>
        <source>It has far more ink than any training digit (a blot or a dot).</source>
        <translation>جوهرش خیلی بیشتر از هر رقم آموزشی است (یک لکه یا نقطه).</translation>
    </message>
    <message>
        <source>It is wider than any training digit: draw one digit at a time.</source>
        <translation>از هر رقم آموزشی پهن‌تر است: هر بار فقط یک رقم بکشید.</translation>
    </message>
    <message>
        <source>Its strokes go back and forth more often than in any digit.</source>
        <translation>خط‌هایش بیش از هر رقمی رفت و برگشت دارند.</translation>
    </message>
    <message>
        <source>Its shape is far from every digit the network was trained on.</source>
        <translation>شکلش از همه رقم‌هایی که شبکه با آن‌ها آموزش دیده دور است.</translation>
    </message>
    <message>
        <source>It looks more like a letter or a symbol than like any digit.</source>
        <translation>بیشتر به یک حرف یا نماد شبیه است تا به هر رقمی.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This does not look like a digit.&lt;/b&gt; {0} The network knows only 0 to 9, and softmax always shares out 100% among them: its {1:.0%} for {2} does not mean that this is a {2}.</source>
        <translation>&lt;b&gt;این شبیه یک رقم نیست.&lt;/b&gt; {0} شبکه فقط 0 تا 9 را می‌شناسد و softmax همیشه ۱۰۰٪ را میان همین‌ها تقسیم می‌کند: {1:.0%} برای {2} به این معنا نیست که این یک {2} است.</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>باز کردن تصویر یک رقم</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>تصویرها ({0})</translation>
    </message>
    <message>
        <source>Could not read {0} as a picture: {1}.</source>
        <translation>{0} را نمی‌توان به صورت تصویر خواند: {1}.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>&lt;b&gt;Accuracy per class&lt;/b&gt;</source>
        <translation>&lt;b&gt;دقت هر کلاس&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (row: true class, column: answer)</source>
        <translation>&lt;b&gt;ماتریس درهم‌ریختگی&lt;/b&gt; (سطر: کلاس واقعی، ستون: پاسخ شبکه)</translation>
    </message>
    <message>
        <source>true</source>
        <comment>the class of a test image</comment>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>the network&apos;s answer</comment>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confident mistakes&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;مطمئن‌ترین اشتباه‌ها&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>For each class, the share of its test images the network recognised.</source>
        <translation>برای هر کلاس، چه سهمی از تصویرهای آزمون آن کلاس را شبکه درست تشخیص داده است.</translation>
    </message>
    <message>
        <source>How many test images of each true class (row) got each answer (column); everything off the diagonal is a mistake.</source>
        <translation>چند تصویر آزمون از هر کلاس واقعی (سطر) هر پاسخ (ستون) را گرفته‌اند؛ هرچه بیرون از قطر اصلی باشد اشتباه است.</translation>
    </message>
    <message>
        <source>Test images the network got wrong, the most confident mistakes first.</source>
        <translation>تصویرهای آزمونی که شبکه اشتباه تشخیص داده است؛ اول اشتباه‌هایی که شبکه بیشترین اطمینان را به آن‌ها داشته است.</translation>
    </message>
    <message>
        <source>Accuracy per class</source>
        <translation>دقت هر کلاس</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>ماتریس درهم‌ریختگی</translation>
    </message>
    <message>
        <source>Misclassified test images</source>
        <translation>تصویرهای آزمونی که اشتباه تشخیص داده شده‌اند</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;No evaluation yet&lt;/span&gt;&amp;nbsp;&amp;nbsp; Train a network: it is tested on the test set at the end.</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;هنوز ارزیابی‌ای انجام نشده است&lt;/span&gt;&amp;nbsp;&amp;nbsp; یک شبکه آموزش دهید: در پایان آموزش، روی داده‌های آزمون سنجیده می‌شود.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt; font-weight:600&apos;&gt;{0:.2%}&lt;/span&gt;&amp;nbsp;&amp;nbsp; test accuracy (loss {1:.4f})</source>
        <translation>&lt;span style=&apos;font-size:15pt; font-weight:600&apos;&gt;{0:.2%}&lt;/span&gt;&amp;nbsp;&amp;nbsp; دقت آزمون (زیان {1:.4f})</translation>
    </message>
    <message>
        <source>{0} test images of {1} were answered {2}</source>
        <translation>شبکه {0} تصویر آزمون از کلاس {1} را {2} تشخیص داد</translation>
    </message>
    <message>
        <source>Test image {0}: it is {1}, the network answered {2}.
{3}</source>
        <translation>تصویر آزمون شماره {0}: در واقع {1} است، اما شبکه {2} پاسخ داد.
{3}</translation>
    </message>
</context>
<context>
    <name>ExamplesButton</name>
    <message>
        <source>Lecture examples</source>
        <translation>مثال‌های درس</translation>
    </message>
    <message>
        <source>Every tensor example of the lecture, ready to try</source>
        <translation>همه مثال‌های تنسوری درس، آماده امتحان کردن</translation>
    </message>
    <message>
        <source>number of axes</source>
        <translation>تعداد محورها</translation>
    </message>
    <message>
        <source>the shape</source>
        <translation>شکل</translation>
    </message>
    <message>
        <source>the data type</source>
        <translation>نوع داده</translation>
    </message>
    <message>
        <source>one digit</source>
        <translation>یک رقم</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>برچسب آن</translation>
    </message>
    <message>
        <source>90 digits</source>
        <translation>90 رقم</translation>
    </message>
    <message>
        <source>the same, all axes written out</source>
        <translation>همان، با نوشتن همه محورها</translation>
    </message>
    <message>
        <source>bottom-right corners</source>
        <translation>گوشه‌های پایین سمت راست</translation>
    </message>
    <message>
        <source>centres, 7 pixels cut on every side</source>
        <translation>مرکز تصویرها، با بریدن 7 پیکسل از هر طرف</translation>
    </message>
    <message>
        <source>batch {0} of 128</source>
        <translation>دسته شماره {0} (دسته‌های 128تایی)</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>یک اسکالر</translation>
    </message>
    <message>
        <source>a vector</source>
        <translation>یک بردار</translation>
    </message>
    <message>
        <source>a matrix</source>
        <translation>یک ماتریس</translation>
    </message>
    <message>
        <source>a 3D tensor</source>
        <translation>یک تنسور سه‌بعدی</translation>
    </message>
    <message>
        <source>reshape to a column</source>
        <translation>تغییر شکل به یک ستون</translation>
    </message>
    <message>
        <source>reshape to {0}</source>
        <translation>تغییر شکل به {0}</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>ترانهاده</translation>
    </message>
    <message>
        <source>element-wise product</source>
        <translation>ضرب عنصربه‌عنصر</translation>
    </message>
    <message>
        <source>dot product</source>
        <translation>ضرب نقطه‌ای</translation>
    </message>
    <message>
        <source>broadcasting</source>
        <translation>پخش (broadcasting)</translation>
    </message>
    <message>
        <source>{0}, element-wise</source>
        <translation>{0}، عنصربه‌عنصر</translation>
    </message>
    <message>
        <source>a layer&apos;s bias, broadcast</source>
        <translation>بایاس یک لایه، پخش‌شده</translation>
    </message>
    <message>
        <source>a shape error, explained</source>
        <translation>یک خطای شکل، همراه با توضیح</translation>
    </message>
    <message>
        <source>the slide&apos;s layer: a batch of images through the first layer</source>
        <translation>لایهٔ اسلاید: یک دسته تصویر از لایهٔ اول می‌گذرد</translation>
    </message>
</context>
<context>
    <name>GeometryDemo</name>
    <message>
        <source>{0}: the input</source>
        <translation>{0}: ورودی</translation>
    </message>
    <message>
        <source>{0}: turned and stretched by the matrix</source>
        <translation>{0}: چرخیده و کشیده‌شده با ماتریس</translation>
    </message>
    <message>
        <source>{0}: shifted by the bias</source>
        <translation>{0}: جابه‌جاشده با بایاس</translation>
    </message>
    <message>
        <source>{0}: folded onto the positive quarter</source>
        <translation>{0}: تاشده روی ربع مثبت</translation>
    </message>
    <message>
        <source>{0}: the matrix multiplies areas by {1}{2}. The thick red and green lines are the columns of {3}, where the unit vectors {4} and {5} land.</source>
        <translation>دترمینان {0} است: ماتریس مساحت‌ها را {1} برابر می‌کند{2}. خط‌های ضخیم قرمز و سبز ستون‌های {3} هستند، یعنی جایی که بردارهای یکه {4} و {5} به آن می‌رسند.</translation>
    </message>
    <message>
        <source> and mirrors the plane</source>
        <translation> و صفحه را قرینه (آینه‌ای) می‌کند</translation>
    </message>
    <message>
        <source>A Dense layer computes {0}, and each part has a picture: the matrix {1} rotates, stretches or shears the plane, the bias {2} slides it, and ReLU folds everything negative onto the axes. Move the slider under the plot to walk through the three steps, or press Start.</source>
        <translation>یک لایه Dense مقدار {0} را حساب می‌کند و هر بخش آن تصویری هندسی دارد: ماتریس {1} صفحه را می‌چرخاند، می‌کشد یا اریب می‌کند، بایاس {2} آن را جابه‌جا می‌کند و ReLU هر چیز منفی را روی محورها تا می‌کند. لغزنده زیر نمودار را حرکت دهید تا این سه مرحله را یکی‌یکی ببینید، یا «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>The layer {0}</source>
        <translation>لایه {0}</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبکه‌بندی</translation>
    </message>
    <message>
        <source>Point cloud</source>
        <translation>ابر نقاط</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>یک رقم</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>شکل:</translation>
    </message>
    <message>
        <source>Rotation {0}:</source>
        <translation>چرخش {0}:</translation>
    </message>
    <message>
        <source>Matrix {0}:</source>
        <translation>ماتریس {0}:</translation>
    </message>
    <message>
        <source>Bias {0}:</source>
        <translation>بایاس {0}:</translation>
    </message>
    <message>
        <source>Apply ReLU</source>
        <translation>اعمال ReLU</translation>
    </message>
    <message>
        <source>Identity matrix</source>
        <translation>ماتریس همانی</translation>
    </message>
    <message>
        <source>What to transform; points are coloured by their starting quarter</source>
        <translation>چه چیزی تبدیل شود؛ رنگ هر نقطه نشان می‌دهد از کدام ربع صفحه شروع کرده است</translation>
    </message>
    <message>
        <source>Sets {0} to the rotation {1}</source>
        <translation>{0} را برابر ماتریس چرخش {1} قرار می‌دهد</translation>
    </message>
    <message>
        <source>An entry of the matrix {0}; edit it to shear or stretch</source>
        <translation>یکی از درایه‌های ماتریس {0}؛ با تغییر آن صفحه را اریب کنید یا بکشید</translation>
    </message>
    <message>
        <source>An entry of the bias {0}: the shift after the matrix</source>
        <translation>یکی از درایه‌های بایاس {0}: جابه‌جایی پس از ضرب در ماتریس</translation>
    </message>
    <message>
        <source>Fold negative coordinates to zero after the shift</source>
        <translation>تا کردن مختصات منفی به صفر، پس از جابه‌جایی</translation>
    </message>
    <message>
        <source>Set {0} back to the matrix that changes nothing</source>
        <translation>{0} را به ماتریسی برمی‌گرداند که هیچ چیز را تغییر نمی‌دهد</translation>
    </message>
    <message>
        <source>0: input, 1: after {0}, 2: after {1}, 3: after ReLU</source>
        <translation>0: ورودی، 1: پس از {0}، 2: پس از {1}، 3: پس از ReLU</translation>
    </message>
</context>
<context>
    <name>InsideDemo</name>
    <message>
        <source>Loading the trained network…</source>
        <translation>در حال بارگذاری شبکه آموزش‌دیده…</translation>
    </message>
    <message>
        <source>There is no trained network to look inside yet. Train one on the Train page (or open one with File &gt; Open model) and come back: this demo will show it at once.</source>
        <translation>هنوز شبکه آموزش‌دیده‌ای نیست که درونش را ببینیم. در صفحه «آموزش» یک شبکه آموزش دهید (یا با «پرونده ◂ باز کردن مدل…» یکی را باز کنید) و برگردید: این نمایش بی‌درنگ آن را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>the pretrained lecture network</source>
        <translation>شبکه از پیش آموزش‌دیده درس</translation>
    </message>
    <message>
        <source>not from MNIST (a built-in drawing)</source>
        <translation>از MNIST نیست (یک تصویر داخلی برنامه)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Network: {0}&lt;br&gt;&lt;b&gt;Prediction: {1}&lt;/b&gt; ({2:.0%} sure)&lt;br&gt;True label: {3}&lt;br&gt;&lt;br&gt;Most excited hidden units: {4}</source>
        <translation>شبکه: {0}&lt;br&gt;&lt;b&gt;پیش‌بینی: {1}&lt;/b&gt; (با اطمینان {2:.0%})&lt;br&gt;برچسب واقعی: {3}&lt;br&gt;&lt;br&gt;فعال‌ترین واحدهای پنهان: {4}</translation>
    </message>
    <message>
        <source>your network (Train page or File ▸ Open model)</source>
        <translation>شبکه شما (صفحه آموزش یا پرونده ◂ باز کردن مدل)</translation>
    </message>
    <message>
        <source>Hidden layer: {0} activations</source>
        <translation>لایه پنهان: {0} فعال‌سازی</translation>
    </message>
    <message>
        <source>Hidden layers: {0} activations</source>
        <translation>لایه‌های پنهان: {0} فعال‌سازی</translation>
    </message>
    <message>
        <source>Each hidden unit computes {0} with its own 784 weights. Drawn as {1} images (vermillion: positive, blue: negative, as in the colour bar), they show which strokes push the unit up or down. A digit lights up some units, and the last layer turns their pattern into ten probabilities.</source>
        <translation>هر واحد پنهان با 784 وزن خودش {0} را حساب می‌کند. اگر این وزن‌ها را به شکل تصویرهای {1} بکشیم (شنگرفی: مثبت، آبی: منفی، مانند نوار رنگ)، نشان می‌دهند کدام خط‌ها واحد را بالا یا پایین می‌برند. یک رقم برخی واحدها را روشن می‌کند و لایه آخر الگوی آن‌ها را به ده احتمال تبدیل می‌کند.</translation>
    </message>
    <message>
        <source>Pick a digit</source>
        <translation>انتخاب رقم</translation>
    </message>
    <message>
        <source>Test image #:</source>
        <translation>شماره تصویر آزمون:</translation>
    </message>
    <message>
        <source>Which MNIST test image to send through the network</source>
        <translation>کدام تصویر آزمون MNIST از شبکه عبور داده شود</translation>
    </message>
    <message>
        <source>Another digit</source>
        <translation>رقم دیگر</translation>
    </message>
    <message>
        <source>Pick a random test image</source>
        <translation>انتخاب یک تصویر آزمون تصادفی</translation>
    </message>
    <message>
        <source>Show one random digit after another</source>
        <translation>نمایش رقم‌های تصادفی، یکی پس از دیگری</translation>
    </message>
    <message>
        <source>Weights of hidden units 0–63</source>
        <translation>وزن‌های واحدهای پنهان 0 تا 63</translation>
    </message>
    <message>
        <source>Input digit</source>
        <translation>رقم ورودی</translation>
    </message>
    <message>
        <source>Its 8 most excited units</source>
        <translation>8 واحدی که بیش از همه فعال شده‌اند</translation>
    </message>
    <message>
        <source>Output probabilities</source>
        <translation>احتمال‌های خروجی</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>رقم</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>The {0} units of the first layer (bright = active)</source>
        <translation>{0} واحد لایه اول (روشن یعنی فعال)</translation>
    </message>
    <message>
        <source>The units of the first layer light up here</source>
        <translation>واحدهای لایه اول اینجا روشن می‌شوند</translation>
    </message>
    <message>
        <source>Each square is one unit of the first layer; the brighter, the more it responds to your drawing. Red frames: the most active units, shown on the right.</source>
        <translation>هر مربع یک واحد از لایه اول است؛ هرچه روشن‌تر باشد، بیشتر به نقاشی شما واکنش نشان می‌دهد. قاب‌های قرمز: فعال‌ترین واحدها، که در سمت راست نشان داده شده‌اند.</translation>
    </message>
    <message>
        <source>The most active units: the pattern each looks for (its 784 weights)</source>
        <translation>فعال‌ترین واحدها: الگویی که هر کدام دنبالش می‌گردد (784 وزن آن)</translation>
    </message>
    <message>
        <source>unit {0}: {1:.2f}</source>
        <translation>واحد {0}: {1:.2f}</translation>
    </message>
</context>
<context>
    <name>LandscapeDemo</name>
    <message>
        <source>shared start</source>
        <translation>شروع مشترک</translation>
    </message>
    <message>
        <source>centre: first run&apos;s end</source>
        <translation>مرکز: پایان اجرای اول</translation>
    </message>
    <message>
        <source>Reading the MNIST training images…</source>
        <translation>در حال خواندن تصویرهای آموزش MNIST…</translation>
    </message>
    <message>
        <source>Training the runs from the same start…</source>
        <translation>در حال آموزش اجراها از نقطه شروع یکسان…</translation>
    </message>
    <message>
        <source>Evaluating the loss at every grid point…</source>
        <translation>در حال محاسبه زیان در تک‌تک نقطه‌های شبکه‌بندی…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>انجام شد.</translation>
    </message>
    <message>
        <source>Cancelled: the picture was not changed.</source>
        <translation>لغو شد: تصویر تغییری نکرد.</translation>
    </message>
    <message>
        <source>Could not compute the landscape: {0}</source>
        <translation>محاسبه چشم‌انداز زیان ممکن نشد: {0}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>the two principal directions of the runs&apos; weight snapshots ({0:.0%} and {1:.0%} of their variance)</source>
        <translation>دو جهت اصلی وزن‌هایی که در طول اجراها ثبت شده‌اند ({0:.0%} و {1:.0%} از واریانس آن‌ها)</translation>
    </message>
    <message>
        <source>The loss depends on all 407,050 weights; a picture can show one flat slice through them. Random directions, scaled unit by unit like the weights, show the shape of the valley the training ended in, but the path barely appears: in so many dimensions a random direction is almost perpendicular to it. The principal directions of the path itself show where the optimizers really went.</source>
        <translation>زیان به همه 407,050 وزن بستگی دارد؛ یک تصویر فقط می‌تواند یک برش تخت از این فضا را نشان دهد. جهت‌های تصادفی، که مانند وزن‌ها واحدبه‌واحد مقیاس شده‌اند، شکل دره‌ای را که آموزش در آن به پایان رسیده نشان می‌دهند، اما مسیر آموزش به‌سختی در آن‌ها پیداست: در این‌همه بُعد، یک جهت تصادفی تقریباً بر مسیر عمود است. جهت‌های اصلی خودِ مسیر نشان می‌دهند بهینه‌سازها واقعاً به کجا رفته‌اند.</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>برش</translation>
    </message>
    <message>
        <source>Random (filter-normalised)</source>
        <translation>تصادفی (نرمال‌شده به‌ازای هر فیلتر)</translation>
    </message>
    <message>
        <source>Along the path (PCA)</source>
        <translation>در امتداد مسیر (PCA)</translation>
    </message>
    <message>
        <source>About {0:.0f} s left.</source>
        <translation>حدود {0:.0f} ثانیه مانده است.</translation>
    </message>
    <message>
        <source>Press Start: the network is trained here on {0:,} images, then the loss is evaluated at {1:,} points around where it ended; the bar below the button shows how far it has got.</source>
        <translation>«شروع» را بزنید: شبکه همین‌جا روی {0:,} تصویر آموزش می‌بیند، سپس زیان در {1:,} نقطه پیرامون جایی که آموزش به آن رسیده است محاسبه می‌شود؛ نوار زیر دکمه نشان می‌دهد کار تا کجا پیش رفته است.</translation>
    </message>
    <message>
        <source>two filter-normalised random directions ({0})</source>
        <translation>دو جهت تصادفی نرمال‌شده به‌ازای هر فیلتر ({0})</translation>
    </message>
    <message>
        <source>Network {0}, trained here for {1} epochs on {2:,} MNIST training images. Grid {3}; every point is {4} on the same {5:,} training images. Plane: {6}, centred (★) on the first run&apos;s final weights. Final loss: {7}.</source>
        <translation>شبکه {0}، که همین‌جا {1} دوره روی {2:,} تصویر آموزش MNIST آموزش دیده است. شبکه‌بندی {3}؛ هر نقطه حاصل {4} روی همان {5:,} تصویر آموزش است. صفحه: {6}، که مرکز آن (★) وزن‌های نهایی اجرای اول است. زیان نهایی: {7}.</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>صفحه:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>شبکه‌بندی:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>تصویرها:</translation>
    </message>
    <message>
        <source>Which two directions span the plane of the picture</source>
        <translation>کدام دو جهت صفحه تصویر را می‌سازند</translation>
    </message>
    <message>
        <source>Points per side: more is finer, and the wait grows as the square</source>
        <translation>تعداد نقطه‌ها در هر ضلع: هرچه بیشتر، تصویر ریزتر، و زمان انتظار با مربع آن زیاد می‌شود</translation>
    </message>
    <message>
        <source>How many training images each loss value is computed on (the same ones at every point)</source>
        <translation>هر مقدار زیان روی چند تصویر آموزش محاسبه شود (در همه نقطه‌ها همان تصویرها)</translation>
    </message>
    <message>
        <source>Also train Adam from the same start</source>
        <translation>آموزش Adam هم از همان نقطه شروع</translation>
    </message>
    <message>
        <source>Start: train the runs and compute the landscape. Stop: cancel.</source>
        <translation>شروع: آموزش اجراها و محاسبه چشم‌انداز زیان. توقف: لغو.</translation>
    </message>
    <message>
        <source>Loss around the trained weights (log scale)</source>
        <translation>زیان در اطراف وزن‌های آموزش‌دیده (مقیاس لگاریتمی)</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>باز کردن درس‌نامه…</translation>
    </message>
    <message>
        <source>&amp;Hand in lesson…</source>
        <translation>تحویل درس‌نامه…</translation>
    </message>
    <message>
        <source>Open &amp;hand-ins…</source>
        <translation>باز کردن تکالیف تحویل‌شده…</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>پنل درس‌نامه</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>باز کردن درس‌نامه</translation>
    </message>
    <message>
        <source>Lessons ({0})</source>
        <translation>درس‌نامه‌ها ({0})</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>درس‌نامه باز نشد</translation>
    </message>
    <message>
        <source>This lesson has no translation for the chosen language: {0}</source>
        <translation>این درس‌نامه برای زبان انتخاب‌شده ترجمه ندارد: {0}</translation>
    </message>
    <message>
        <source>Loading MNIST, then checking…</source>
        <translation>در حال بارگذاری MNIST و سپس بررسی…</translation>
    </message>
    <message>
        <source>Running the experiment…</source>
        <translation>در حال اجرای آزمایش…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>This answer could not be checked: {0}</source>
        <translation>بررسی این پاسخ ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>Hand in the lesson into which folder?</source>
        <translation>درس‌نامه در کدام پوشه تحویل داده شود؟</translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation>تحویل ممکن نشد</translation>
    </message>
    <message>
        <source>Handed in to {0}</source>
        <translation>در {0} تحویل داده شد</translation>
    </message>
    <message>
        <source>Open a folder of hand-ins</source>
        <translation>باز کردن پوشه تکالیف تحویل‌شده</translation>
    </message>
    <message>
        <source>Reading the hand-ins in {0}…</source>
        <translation>در حال خواندن تکالیف تحویل‌شده در پوشه {0}…</translation>
    </message>
    <message>
        <source>Could not open the hand-ins</source>
        <translation>تکالیف تحویل‌شده باز نشدند</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>Lesson</source>
        <translation>درس‌نامه</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Show me</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Put the page in the state this step talks about</source>
        <translation>صفحه را به همان حالتی می‌برد که این گام درباره‌اش صحبت می‌کند</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>گام آموزش</translation>
    </message>
    <message>
        <source>No lesson is open. File &gt; Open lesson…</source>
        <translation>هیچ درس‌نامه‌ای باز نیست. «پرونده ◂ باز کردن درس‌نامه…» را بزنید.</translation>
    </message>
    <message>
        <source>Step {0} of {1} · {2} done</source>
        <translation>گام {0} از {1} · {2} گام انجام شده</translation>
    </message>
    <message>
        <source>Attempts: {0}</source>
        <translation>تعداد تلاش‌ها: {0}</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>درست است!</translation>
    </message>
    <message>
        <source>Not quite. Read why, then try again.</source>
        <translation>کاملاً درست نیست. دلیلش را بخوانید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>I could not read that.</source>
        <translation>نتوانستم این پاسخ را بخوانم.</translation>
    </message>
</context>
<context>
    <name>LivePlotWindow</name>
    <message>
        <source>nnlab: training curves</source>
        <translation>nnlab: منحنی‌های آموزش</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnlab: the building blocks of neural networks</source>
        <translation>nnlab: اجزای سازنده شبکه‌های عصبی</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>رسم رقم</translation>
    </message>
    <message>
        <source>T&amp;ensors</source>
        <translation>تنسورها</translation>
    </message>
    <message>
        <source>&amp;Concepts</source>
        <translation>مفاهیم</translation>
    </message>
    <message>
        <source>Train the lecture&apos;s network on MNIST and watch it learn</source>
        <translation>شبکه درس را روی MNIST آموزش دهید و یادگیری‌اش را تماشا کنید</translation>
    </message>
    <message>
        <source>Draw a digit and see the network recognise it</source>
        <translation>یک رقم بکشید و ببینید شبکه چطور آن را تشخیص می‌دهد</translation>
    </message>
    <message>
        <source>Explore tensors, slices, shapes and tensor operations by hand</source>
        <translation>با تنسورها، برش‌ها، شکل‌ها و عملیات تنسوری کار کنید و خودتان آن‌ها را کشف کنید</translation>
    </message>
    <message>
        <source>Interactive demos of every idea in the chapter</source>
        <translation>نمایش‌های تعاملی برای همه ایده‌های این فصل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>باز کردن مدل…</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>ذخیره مدل…</translation>
    </message>
    <message>
        <source>&amp;Export plot…</source>
        <translation>صدور نمودار…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>اندازهٔ واقعی</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>حالت ارائه</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About nnlab</source>
        <translation>درباره nnlab</translation>
    </message>
    <message>
        <source>Zoom {0:.0f}%</source>
        <translation>بزرگ‌نمایی {0:.0f}٪</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>باز کردن مدل</translation>
    </message>
    <message>
        <source>nnlab models ({0})</source>
        <translation>مدل‌های nnlab ({0})</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>مدل باز نشد</translation>
    </message>
    <message>
        <source>The file {0} is not an nnlab model: {1}</source>
        <translation>پرونده {0} یک مدل nnlab نیست: {1}</translation>
    </message>
    <message>
        <source>Opened model {0}</source>
        <translation>مدل {0} باز شد</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>هنوز مدلی وجود ندارد</translation>
    </message>
    <message>
        <source>Train a model on the Train page first, then save it.</source>
        <translation>اول در صفحه «آموزش» یک مدل آموزش دهید، بعد آن را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>ذخیره مدل</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>مدل ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved model to {0}</source>
        <translation>مدل در {0} ذخیره شد</translation>
    </message>
    <message>
        <source>Start, pause or resume training</source>
        <translation>شروع، مکث یا ادامه آموزش</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>توقف آموزش</translation>
    </message>
    <message>
        <source>Train one mini-batch</source>
        <translation>آموزش روی یک دسته کوچک (mini-batch)</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>رفتن به یک صفحه</translation>
    </message>
    <message>
        <source>Undo the last stroke (Draw page)</source>
        <translation>واگرد آخرین خط (صفحه «رسم رقم»)</translation>
    </message>
    <message>
        <source>Clear the canvas (Draw page)</source>
        <translation>پاک کردن بوم (صفحه «رسم رقم»)</translation>
    </message>
    <message>
        <source>Earlier expressions (Tensors page)</source>
        <translation>عبارت‌های قبلی (صفحه «تنسورها»)</translation>
    </message>
    <message>
        <source>Open / save a model</source>
        <translation>باز کردن / ذخیره مدل</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>About nnlab</source>
        <translation>درباره nnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;nnlab {0}&lt;/h3&gt;&lt;p&gt;A teaching lab for the mathematical building blocks of neural networks: tensors, tensor operations, gradient descent and backpropagation, following chapter 2 of {1}&apos;s &lt;i&gt;{2}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;MNIST: {3}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnlab {0}&lt;/h3&gt;&lt;p&gt;آزمایشگاهی آموزشی برای اجزای سازنده ریاضی شبکه‌های عصبی: تنسورها، عملیات تنسوری، گرادیان نزولی و پس‌انتشار، بر پایه فصل 2 کتاب &lt;i&gt;{2}&lt;/i&gt; نوشته فرانسوا شوله ({1}).&lt;/p&gt;&lt;p&gt;MNIST: {3}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixDiagram</name>
    <message>
        <source>{0} parameters</source>
        <translation>{0} پارامتر</translation>
    </message>
</context>
<context>
    <name>ModelChooser</name>
    <message>
        <source>Pretrained network (comes with nnlab)</source>
        <translation>شبکه از پیش آموزش‌دیده (همراه nnlab)</translation>
    </message>
    <message>
        <source>Your network (File ▸ Open model)</source>
        <translation>شبکه شما (پرونده ◂ باز کردن مدل)</translation>
    </message>
    <message>
        <source>From a file: {0}</source>
        <translation>از پرونده: {0}</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>از پرونده</translation>
    </message>
    <message>
        <source>{0} (not available yet)</source>
        <translation>{0} (هنوز در دسترس نیست)</translation>
    </message>
    <message>
        <source>Which trained network reads your drawing.</source>
        <translation>کدام شبکه آموزش‌دیده نقاشی شما را بخواند.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>باز کردن مدل…</translation>
    </message>
    <message>
        <source>Load a network saved with nnlab (a {0} file).</source>
        <translation>شبکه‌ای را که با nnlab ذخیره شده است (یک پرونده {0}) بار کنید.</translation>
    </message>
    <message>
        <source>{0} did not finish training ({1}): expect its answers to be poor.</source>
        <translation>آموزش {0} تمام نشد ({1}): انتظار پاسخ‌های ضعیف داشته باشید.</translation>
    </message>
    <message>
        <source>its loss diverged</source>
        <translation>زیانش واگرا شد</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source>{0} finished training: choose it in the list above to read your drawing with it.</source>
        <translation>آموزش {0} تمام شد: برای اینکه این شبکه نقاشی شما را بخواند، آن را از فهرست بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Open a digit network</source>
        <translation>باز کردن شبکه تشخیص رقم</translation>
    </message>
    <message>
        <source>nnlab models ({0})</source>
        <translation>مدل‌های nnlab ({0})</translation>
    </message>
    <message>
        <source>Could not open {0}: it is not a model saved by nnlab.</source>
        <translation>پرونده {0} باز نشد: این پرونده مدلی نیست که با nnlab ذخیره شده باشد.</translation>
    </message>
    <message>
        <source>This network takes {0} inputs and gives {1} outputs; to read a drawing it must take the 784 pixels of a {2} picture and give 10 digit probabilities.</source>
        <translation>این شبکه {0} ورودی می‌گیرد و {1} خروجی می‌دهد؛ برای خواندن نقاشی، باید 784 پیکسل یک تصویر {2} را بگیرد و 10 احتمال (یکی برای هر رقم) بدهد.</translation>
    </message>
</context>
<context>
    <name>NumericsDemo</name>
    <message>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <source>Could not run it: {0}</source>
        <translation>اجرای آن ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>{0} experiment(s) running or waiting.</source>
        <translation>{0} آزمایش در حال اجرا یا در انتظار.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>largest</source>
        <translation>بزرگ‌ترین</translation>
    </message>
    <message>
        <source>step near 1</source>
        <translation>گام نزدیک 1</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>بی‌مشکل</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>واگرا شد</translation>
    </message>
    <message>
        <source>logits {0}&lt;br&gt;{6}: {1}&lt;br&gt;naive softmax: {2}&lt;br&gt;engine&apos;s softmax (max subtracted): {3}&lt;br&gt;loss, naive: {4}; engine&apos;s {7}: {5}</source>
        <translation>لوجیت‌ها {0}&lt;br&gt;{6}: {1}&lt;br&gt;softmax ساده: {2}&lt;br&gt;softmax هسته برنامه (با کم کردن بیشینه): {3}&lt;br&gt;زیان، روش ساده: {4}؛ {7} هسته برنامه: {5}</translation>
    </message>
    <message>
        <source>probability {6} of the true class in {7}: {0}&lt;br&gt;{4}: {1}&lt;br&gt;clipped to {5}: {2}&lt;br&gt;{8} from the logits: {3} (the true value)</source>
        <translation>احتمال کلاس واقعی ({6}) در {7}: {0}&lt;br&gt;{4}: {1}&lt;br&gt;بریده‌شده در حد {5}: {2}&lt;br&gt;{8} از روی لوجیت‌ها: {3} (مقدار درست)</translation>
    </message>
    <message>
        <source>Gradient reaching the first layer: sigmoid {0}, ReLU {1} (bars: {2} of each layer&apos;s gradient norm)</source>
        <translation>گرادیانی که به لایه اول می‌رسد: سیگموید {0}، ReLU {1} (میله‌ها: {2} نُرم گرادیان هر لایه)</translation>
    </message>
    <message>
        <source>{0} RMSprop steps on {1:,} weights: {2:.1f} ms with denormal numbers, {3:.1f} ms after the engine flushed them to zero ({4:.1f} times as fast on this computer)</source>
        <translation>{0} گام RMSprop روی {1:,} وزن: {2:.1f} میلی‌ثانیه با اعداد زیرنرمال، {3:.1f} میلی‌ثانیه پس از آنکه هسته برنامه آن‌ها را صفر کرد (روی این رایانه {4:.1f} برابر سریع‌تر)</translation>
    </message>
    <message>
        <source>{0} is too large for any format, so the naive softmax gives {1}; subtracting the largest logit first changes nothing mathematically and fixes it.</source>
        <translation>{0} برای هیچ قالبی قابل نمایش نیست، پس softmax ساده {1} می‌دهد؛ کم کردن بزرگ‌ترین لوجیت در ابتدا از نظر ریاضی چیزی را تغییر نمی‌دهد و مشکل را حل می‌کند.</translation>
    </message>
    <message>
        <source>{0} loss</source>
        <translation>{0} زیان</translation>
    </message>
    <message>
        <source>raw pixels, {4}: test accuracy {0:.1%} ({1})&lt;br&gt;pixels divided by 255, {5}: test accuracy {2:.1%} ({3})</source>
        <translation>پیکسل‌های خام، {4}: دقت آزمون {0:.1%} ({1})&lt;br&gt;پیکسل‌های تقسیم‌شده بر 255، {5}: دقت آزمون {2:.1%} ({3})</translation>
    </message>
    <message>
        <source>Forgetting to divide by 255</source>
        <translation>فراموش‌کردن تقسیم بر 255</translation>
    </message>
    <message>
        <source>One epoch on raw {0} pixels against pixels scaled to {1}: the same network, the same start (curves: {2} of each batch&apos;s loss).</source>
        <translation>یک دوره روی پیکسل‌های خام {0} در برابر پیکسل‌های مقیاس‌شده به {1}: همان شبکه، همان نقطه شروع (منحنی‌ها: {2} زیان هر دسته).</translation>
    </message>
    <message>
        <source>raw pixels, {0}</source>
        <translation>پیکسل‌های خام، {0}</translation>
    </message>
    <message>
        <source>pixels divided by 255, {0}</source>
        <translation>پیکسل‌های تقسیم‌شده بر 255، {0}</translation>
    </message>
    <message>
        <source>Testing the {0} network on {1:,} images…</source>
        <translation>آزمودن شبکه {0} روی {1:,} تصویر…</translation>
    </message>
    <message>
        <source>Training in {0}: batch {1} of {2}…</source>
        <translation>آموزش در قالب {0}: دسته {1} از {2}…</translation>
    </message>
    <message>
        <source>About {0:.0f} s left.</source>
        <translation>حدود {0:.0f} ثانیه مانده است.</translation>
    </message>
    <message>
        <source>At most about {0:.0f} s left.</source>
        <translation>حداکثر حدود {0:.0f} ثانیه مانده است.</translation>
    </message>
    <message>
        <source>A computer keeps a number in a fixed number of bits, so numbers have a largest value, a smallest step and a smallest size. Each card runs one experiment on the engine and shows where that bites a neural network and how the engine avoids it.</source>
        <translation>رایانه هر عدد را با تعداد ثابتی بیت نگه می‌دارد، پس اعداد یک بیشترین مقدار، یک کوچک‌ترین گام و یک کوچک‌ترین اندازه دارند. هر کارت یک آزمایش را روی هسته برنامه اجرا می‌کند و نشان می‌دهد این محدودیت کجا برای یک شبکه عصبی دردسر می‌سازد و هسته برنامه چگونه از آن پرهیز می‌کند.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>آزمایش‌ها</translation>
    </message>
    <message>
        <source>Start: run all six experiments. Stop: cancel them.</source>
        <translation>شروع: اجرای هر شش آزمایش. توقف: لغو آن‌ها.</translation>
    </message>
    <message>
        <source>Fewer bits mean a smaller range and coarser steps; train the lecture network in each format on {0:,} images and compare.</source>
        <translation>بیت‌های کمتر یعنی بازه کوچک‌تر و گام‌های درشت‌تر؛ شبکه درس را در هر قالب روی {0:,} تصویر آموزش دهید و مقایسه کنید.</translation>
    </message>
    <message>
        <source>Train in each format</source>
        <translation>آموزش در هر قالب</translation>
    </message>
    <message>
        <source>Softmax of large logits</source>
        <translation>تابع softmax برای لوجیت‌های بزرگ</translation>
    </message>
    <message>
        <source>Compute the softmax</source>
        <translation>محاسبه softmax</translation>
    </message>
    <message>
        <source>Cross-entropy of a probability of 0</source>
        <translation>آنتروپی متقاطع برای احتمال 0</translation>
    </message>
    <message>
        <source>When the network is sure of the wrong class, {1} rounds to 0 and {0} is infinite; the engine computes the loss from the logits instead.</source>
        <translation>وقتی شبکه به کلاس نادرست اطمینان دارد، {1} به 0 گرد می‌شود و {0} بی‌نهایت است؛ به همین دلیل هسته برنامه زیان را از روی لوجیت‌ها محاسبه می‌کند.</translation>
    </message>
    <message>
        <source>Compute the loss</source>
        <translation>محاسبه زیان</translation>
    </message>
    <message>
        <source>Train one epoch each</source>
        <translation>آموزش هر کدام به مدت یک دوره</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>محوشدن گرادیان</translation>
    </message>
    <message>
        <source>In an 8-layer network each sigmoid multiplies the gradient by at most 0.25 on its way back; ReLU passes it on unchanged.</source>
        <translation>در یک شبکه 8 لایه، هر سیگموید در مسیر بازگشت، گرادیان را حداکثر در 0.25 ضرب می‌کند؛ ReLU آن را بی‌تغییر عبور می‌دهد.</translation>
    </message>
    <message>
        <source>Measure the gradients</source>
        <translation>اندازه‌گیری گرادیان‌ها</translation>
    </message>
    <message>
        <source>Denormal numbers</source>
        <translation>اعداد زیرنرمال</translation>
    </message>
    <message>
        <source>Numbers below the smallest normal float are stored a slower way; the engine flushes such tiny optimizer values to zero.</source>
        <translation>اعداد کوچک‌تر از کوچک‌ترین عدد ممیز شناور نرمال به روشی کندتر ذخیره می‌شوند؛ هسته برنامه این‌گونه مقدارهای بسیار کوچک بهینه‌ساز را صفر می‌کند.</translation>
    </message>
    <message>
        <source>Time the updates</source>
        <translation>زمان‌سنجی به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>سیگموید</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>لایه</translation>
    </message>
</context>
<context>
    <name>OptimizerStateView</name>
    <message>
        <source>Train a network: its optimizer&apos;s state appears here while it learns.</source>
        <translation>یک شبکه آموزش دهید: وضعیت بهینه‌ساز آن در حین یادگیری اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>This view needs a network that reads {0} images.</source>
        <translation>این نما به شبکه‌ای نیاز دارد که تصویرهای {0} را بخواند.</translation>
    </message>
    <message>
        <source>{0} after step {1}: hidden unit {2} (learning rate {3})</source>
        <translation>{0} پس از گام {1}: واحد پنهان {2} (نرخ یادگیری {3})</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>وزن‌ها</translation>
    </message>
    <message>
        <source>The unit&apos;s 784 incoming weights, one per pixel: ink on vermillion pixels excites it, on blue ones holds it back.</source>
        <translation>784 وزن ورودی این واحد، یکی برای هر پیکسل: جوهر روی پیکسل‌های شنگرفی آن را فعال می‌کند و روی پیکسل‌های آبی جلویش را می‌گیرد.</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>گرادیان</translation>
    </message>
    <message>
        <source>{0} on the last batch: the weights move against it. Pixels without ink get none.</source>
        <translation>{0} روی آخرین دسته: وزن‌ها در خلاف جهت آن حرکت می‌کنند. پیکسل‌های بدون جوهر گرادیانی نمی‌گیرند.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>How much each weight moved at the last update (before minus after).</source>
        <translation>هر وزن در آخرین به‌روزرسانی چقدر جابه‌جا شد (قبل منهای بعد).</translation>
    </message>
    <message>
        <source>Step size ({0})</source>
        <translation>اندازه گام ({0})</translation>
    </message>
    <message>
        <source>Each weight&apos;s own learning rate: largest where digits rarely have ink, which is the idea of an adaptive optimizer.</source>
        <translation>نرخ یادگیری مخصوص هر وزن: جایی بزرگ‌تر است که رقم‌ها به‌ندرت جوهر دارند؛ ایده بهینه‌سازهای تطبیقی همین است.</translation>
    </message>
    <message>
        <source>The same learning rate for every weight: plain SGD does not adapt.</source>
        <translation>نرخ یادگیری یکسان برای همه وزن‌ها: SGD ساده تطبیق پیدا نمی‌کند.</translation>
    </message>
    <message>
        <source>The same learning rate for every weight: momentum changes the direction, not the size.</source>
        <translation>نرخ یادگیری یکسان برای همه وزن‌ها: تکانه جهت گام را تغییر می‌دهد، نه اندازه آن را.</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <source>A decaying sum of past gradients: the weights keep moving the way they were going.</source>
        <translation>مجموعی میراشونده از گرادیان‌های گذشته: وزن‌ها در همان جهتی که می‌رفتند به حرکت ادامه می‌دهند.</translation>
    </message>
    <message>
        <source>Sum of squared gradients</source>
        <translation>مجموع مربع گرادیان‌ها</translation>
    </message>
    <message>
        <source>Adagrad adds every {0} here; it only grows, so every step only shrinks.</source>
        <translation>در Adagrad هر {0} به این مجموع افزوده می‌شود؛ این مجموع فقط بزرگ می‌شود، پس هر گام فقط کوچک‌تر می‌شود.</translation>
    </message>
    <message>
        <source>{0}: average of {1}</source>
        <translation>{0}: میانگین {1}</translation>
    </message>
    <message>
        <source>A running average of squared gradients; the step is {0} times the gradient.</source>
        <translation>میانگین متحرک مربع گرادیان‌ها؛ گام برابر {0} ضرب در گرادیان است.</translation>
    </message>
    <message>
        <source>Average of {0}</source>
        <translation>میانگین {0}</translation>
    </message>
    <message>
        <source>A running average of squared gradients: the denominator of the step.</source>
        <translation>میانگین متحرک مربع گرادیان‌ها: مخرج کسر گام.</translation>
    </message>
    <message>
        <source>Average of steps²</source>
        <translation>میانگین مربع گام‌ها</translation>
    </message>
    <message>
        <source>A running average of squared updates: the numerator, so no learning rate is needed.</source>
        <translation>میانگین متحرک مربع به‌روزرسانی‌ها: صورت کسر گام، به همین دلیل نیازی به نرخ یادگیری نیست.</translation>
    </message>
    <message>
        <source>Corrected {0}: average of {1}</source>
        <translation>{0} اصلاح‌شده: میانگین {1}</translation>
    </message>
    <message>
        <source>Adam&apos;s direction: a running average of gradients, bias-corrected as the update uses it.</source>
        <translation>جهت Adam: میانگین متحرک گرادیان‌ها، با اصلاح سوگیری، همان‌طور که در به‌روزرسانی به کار می‌رود.</translation>
    </message>
    <message>
        <source>A running average of squared gradients, bias-corrected; it sets each weight&apos;s step size.</source>
        <translation>میانگین متحرک مربع گرادیان‌ها، با اصلاح سوگیری؛ اندازه گام هر وزن را تعیین می‌کند.</translation>
    </message>
    <message>
        <source>Hidden unit:</source>
        <translation>واحد پنهان:</translation>
    </message>
    <message>
        <source>Most active</source>
        <translation>فعال‌ترین</translation>
    </message>
    <message>
        <source>Follow the unit whose weights have the largest gradient now</source>
        <translation>دنبال کردن واحدی که وزن‌هایش اکنون بزرگ‌ترین گرادیان را دارند</translation>
    </message>
    <message>
        <source>Which unit of the first hidden layer to look inside</source>
        <translation>درون کدام واحد از لایه پنهان اول را ببینید</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>How likely the network thinks each digit is; the bars add up to 100%.</source>
        <translation>شبکه هر رقم را چقدر محتمل می‌داند؛ جمع ستون‌ها 100% است.</translation>
    </message>
    <message>
        <source>Probability of each digit</source>
        <translation>احتمال هر رقم</translation>
    </message>
</context>
<context>
    <name>RegressionDemo</name>
    <message>
        <source>&lt;b&gt;Formula&lt;/b&gt; (orange, dashed):&lt;br&gt;{0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;Gradient descent&lt;/b&gt; (blue), step {2}:&lt;br&gt;{3}&lt;br&gt;{4}&lt;br&gt;learning rate {5}</source>
        <translation>&lt;b&gt;فرمول&lt;/b&gt; (نارنجی، خط‌چین):&lt;br&gt;{0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;گرادیان نزولی&lt;/b&gt; (آبی)، گام {2}:&lt;br&gt;{3}&lt;br&gt;{4}&lt;br&gt;نرخ یادگیری {5}</translation>
    </message>
    <message>
        <source>Regression finds the line &lt;i&gt;{0}&lt;/i&gt;, or the curve &lt;i&gt;{1}&lt;/i&gt;, whose least-squares cost &lt;i&gt;{2}&lt;/i&gt; is smallest: {3} is the error at point {4}, its {5} minus the curve&apos;s. A formula gives the answer in one go; gradient descent walks downhill on &lt;i&gt;{6}&lt;/i&gt; and arrives at the same curve. Click the plot to add points; give the curve as many coefficients as there are points and it passes through all of them.</source>
        <translation>رگرسیون خط &lt;i&gt;{0}&lt;/i&gt;، یا منحنی &lt;i&gt;{1}&lt;/i&gt;، را پیدا می‌کند که هزینهٔ کمترین مربعات آن، &lt;i&gt;{2}&lt;/i&gt;، کمینه باشد: {3} خطا در نقطهٔ {4} است، یعنی {5} آن نقطه منهای مقدار منحنی. یک فرمول پاسخ را یک‌جا به دست می‌دهد؛ گرادیان نزولی گام‌به‌گام روی &lt;i&gt;{6}&lt;/i&gt; سرازیر می‌شود و به همان منحنی می‌رسد. برای افزودن نقطه روی نمودار کلیک کنید؛ اگر منحنی به تعداد نقاط ضریب داشته باشد، از همه آن‌ها می‌گذرد.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>برازش</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>تعداد نقاط:</translation>
    </message>
    <message>
        <source>Degree {0}:</source>
        <translation>درجه {0}:</translation>
    </message>
    <message>
        <source>How many noisy points to fit</source>
        <translation>تعداد نقاط نویزداری که باید برازش شوند</translation>
    </message>
    <message>
        <source>The highest power of {0} in the curve: 1 is a straight line</source>
        <translation>بالاترین توان {0} در منحنی: 1 یعنی خط راست</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>نقاط جدید</translation>
    </message>
    <message>
        <source>Draw a fresh set of noisy points</source>
        <translation>ساختن مجموعه تازه‌ای از نقاط نویزدار</translation>
    </message>
    <message>
        <source>Restart descent</source>
        <translation>شروع دوباره نزول</translation>
    </message>
    <message>
        <source>Start gradient descent again from all coefficients zero</source>
        <translation>شروع دوباره گرادیان نزولی از حالتی که همه ضرایب صفرند</translation>
    </message>
    <message>
        <source>Points and fitted curves</source>
        <translation>نقاط و منحنی‌های برازش‌شده</translation>
    </message>
    <message>
        <source>step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Least-squares cost {0}</source>
        <translation>هزینهٔ کمترین مربعات {0}</translation>
    </message>
    <message>
        <source>{0} coefficients for {1} points: the curve can pass through every point ({2}), and when there are more coefficients than points in infinitely many ways. It fits the noise, not the trend: this is overfitting.</source>
        <translation>{0} ضریب برای {1} نقطه: منحنی می‌تواند از همه نقاط بگذرد ({2})، و اگر تعداد ضرایب از تعداد نقاط بیشتر باشد، به بی‌نهایت شکل مختلف. منحنی نویز را برازش می‌کند، نه روند کلی را: این همان بیش‌برازش است.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Class review</source>
        <translation>مرور کلاس</translation>
    </message>
    <message>
        <source>Show the selected students&apos; runs on the Train page</source>
        <translation>نمایش اجراهای دانشجویان انتخاب‌شده در صفحه «آموزش»</translation>
    </message>
    <message>
        <source>{0}: {1} hand-ins, {2} damaged. Steps most got wrong come first: under each step, {3} says how many students answered it wrong at least once. Each cell shows the student&apos;s last verdict, right (✔) or wrong (✘), and the number of attempts.</source>
        <translation>پوشه {0}: {1} تکلیف تحویل‌شده، {2} تکلیف خراب. گام‌هایی که بیشتر دانشجویان در آن‌ها اشتباه کرده‌اند اول آمده‌اند: زیر نام هر گام، «{3}» نشان می‌دهد چند دانشجو دست‌کم یک بار به آن پاسخ نادرست داده‌اند. هر خانه آخرین نتیجهٔ دانشجو، درست (✔) یا نادرست (✘)، و تعداد تلاش‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <comment>n of m students</comment>
        <translation>{0} از {1}</translation>
    </message>
    <message>
        <source>{0}
✘ {1} of {2}</source>
        <translation>{0}
✘ {1} از {2}</translation>
    </message>
    <message>
        <source>{0} of {1} students answered wrong at least once (wrong in the end, or right only after another try).</source>
        <translation>{0} دانشجو از {1} دانشجو دست‌کم یک بار پاسخ نادرست داده‌اند (یا پاسخ آخرشان نادرست است، یا فقط پس از تلاشی دیگر درست پاسخ داده‌اند).</translation>
    </message>
    <message>
        <source>damaged: {0}</source>
        <translation>خراب: {0}</translation>
    </message>
    <message>
        <source>answers: {0}</source>
        <translation>پاسخ‌ها: {0}</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>بهینه‌ساز</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>عدد آغازین</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>دقت آزمون</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} ثانیه</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>در حال آموزش…</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>کامل شد</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>واگرا شد</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناموفق بود</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>باز شد</translation>
    </message>
    <message>
        <source>Every run of this session; tick a run to draw its curves on the plots.</source>
        <translation>همه اجراهای این جلسه؛ تیک یک اجرا را بزنید تا منحنی‌هایش روی نمودارها رسم شود.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>ذخیره گزارش…</translation>
    </message>
    <message>
        <source>Save the selected run as a folder to hand in: settings, history, CSV metrics, plots and the trained model.</source>
        <translation>اجرای انتخاب‌شده را به‌صورت یک پوشه برای تحویل ذخیره می‌کند: تنظیمات، تاریخچه، معیارها به‌صورت CSV، نمودارها و مدل آموزش‌دیده.</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>باز کردن گزارش…</translation>
    </message>
    <message>
        <source>Open a run record folder saved earlier, to look at it or continue it.</source>
        <translation>پوشه گزارش اجرایی را که قبلاً ذخیره شده است باز می‌کند تا آن را ببینید یا آموزشش را ادامه دهید.</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>ادامه آموزش</translation>
    </message>
    <message>
        <source>Train the selected run&apos;s network further, starting from its trained weights.</source>
        <translation>شبکه اجرای انتخاب‌شده را، از وزن‌های آموزش‌دیده‌اش، بیشتر آموزش می‌دهد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Take the selected run out of the list (saved records stay on disk).</source>
        <translation>اجرای انتخاب‌شده را از فهرست برمی‌دارد (گزارش‌های ذخیره‌شده روی دیسک می‌مانند).</translation>
    </message>
    <message>
        <source>No run selected. Press Start to train one.</source>
        <translation>هیچ اجرایی انتخاب نشده است. برای آموزش یک اجرا، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}, batch size {2}, {3} epochs, validation {4:.0%}, {5} parameters.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}، اندازه دسته {2}، {3} دوره، اعتبارسنجی {4:.0%}، {5} پارامتر.</translation>
    </message>
    <message>
        <source>Trained on the first {0:,} training images only.</source>
        <translation>فقط با {0:,} تصویر نخست مجموعه آموزش آموزش دیده است.</translation>
    </message>
    <message>
        <source>epoch {0:.2f}: {1}</source>
        <translation>دوره {0:.2f}: {1}</translation>
    </message>
    <message>
        <source>Changes during training: {0}.</source>
        <translation>تغییرها در حین آموزش: {0}.</translation>
    </message>
    <message>
        <source>The loss exploded: the learning rate is probably too large.</source>
        <translation>زیان منفجر شد: احتمالاً نرخ یادگیری بیش از حد بزرگ است.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{0}, {1:.1f}%</source>
        <translation>{0}، {1:.1f}٪</translation>
    </message>
    <message>
        <source>{0} (diverged: its weights are not useful)</source>
        <translation>{0} (واگرا شد: وزن‌هایش به کار نمی‌آیند)</translation>
    </message>
    <message>
        <source>{0} (stopped before the end)</source>
        <translation>{0} (پیش از پایان متوقف شد)</translation>
    </message>
    <message>
        <source>{0} (did not finish)</source>
        <translation>{0} (تمام نشد)</translation>
    </message>
</context>
<context>
    <name>ShapeFlowPanel</name>
    <message>
        <source>Batch size:</source>
        <translation>اندازه دسته:</translation>
    </message>
    <message>
        <source>How many samples go through the network at once</source>
        <translation>چند نمونه با هم از شبکه عبور می‌کنند</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>اندازه دسته</translation>
    </message>
    <message>
        <source>The lecture&apos;s network {0} (no model trained or opened yet)</source>
        <translation>شبکه درس {0} (هنوز مدلی آموزش داده نشده یا باز نشده است)</translation>
    </message>
    <message>
        <source>The current model: {0}</source>
        <translation>مدل فعلی: {0}</translation>
    </message>
    <message>
        <source>Every Dense layer computes {0}. The dot product needs the inner sizes to agree; adding the bias {1} broadcasts it over the batch axis.</source>
        <translation>هر لایه Dense مقدار {0} را محاسبه می‌کند. در ضرب نقطه‌ای، اندازه‌های داخلی باید با هم برابر باشند؛ وقتی بایاس {1} اضافه می‌شود، در امتداد محور دسته پخش می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>{0} (the bias is stretched over the %n samples)</source>
        <translation>
            <numerusform>{0} (بایاس روی همه %n نمونه کشیده می‌شود)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} works entry by entry: the shape stays {1}</source>
        <translation>{0} عنصربه‌عنصر عمل می‌کند: شکل همان {1} می‌ماند</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>لایه {0}</translation>
    </message>
</context>
<context>
    <name>StackedLayersDemo</name>
    <message>
        <source>Loading the networks…</source>
        <translation>در حال بارگذاری شبکه‌ها…</translation>
    </message>
    <message>
        <source>There is no pretrained network in this installation.</source>
        <translation>در این نصب، شبکه ازپیش‌آموزش‌دیده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>Parameters: {0}</source>
        <translation>پارامترها: {0}</translation>
    </message>
    <message>
        <source>Prediction: {0} ({1:.0%} sure)</source>
        <translation>پیش‌بینی: {0} (با اطمینان {1:.0%})</translation>
    </message>
    <message>
        <source>True label: {0}</source>
        <translation>برچسب درست: {0}</translation>
    </message>
    <message>
        <source>none (a built-in drawing)</source>
        <translation>ندارد (یک نقاشی درونی برنامه)</translation>
    </message>
    <message>
        <source>none (your drawing)</source>
        <translation>ندارد (نقاشی شما)</translation>
    </message>
    <message>
        <source>The slides write a two-layer network as {0}: a matrix times the input, plus a bias, through a nonlinearity {1}, then a second matrix; three layers add one more step. Below the units, each layer is drawn as that product with its real shape. Pick a test digit or draw one, then switch between two and three layers: the input stays the same. Softmax at the end turns the ten scores {2} into probabilities.</source>
        <translation>اسلایدها شبکه دولایه را به صورت {0} می‌نویسند: یک ماتریس ضرب در ورودی، به‌علاوه یک بایاس، گذشته از تابع غیرخطی {1}، و سپس ماتریس دوم؛ شبکه سه‌لایه یک گام دیگر می‌افزاید. در زیر واحدها، هر لایه به صورت همان ضرب با شکل واقعی‌اش رسم شده است. یک رقم آزمون انتخاب کنید یا خودتان رقمی بکشید، سپس میان دو و سه لایه جابه‌جا شوید: ورودی همان می‌ماند. softmax در پایان، ده امتیاز {2} را به احتمال تبدیل می‌کند.</translation>
    </message>
    <message>
        <source>Each layer&apos;s {0} as the slides write it: a row for each output, a column for each input. Keras stores it transposed, a row for each input: the same numbers.</source>
        <translation>ماتریس {0} هر لایه همان‌طور که اسلایدها می‌نویسند: یک سطر برای هر خروجی و یک ستون برای هر ورودی. Keras آن را ترانهاده نگه می‌دارد، یک سطر برای هر ورودی: همان عددها.</translation>
    </message>
    <message>
        <source>Test image:</source>
        <translation>تصویر آزمون:</translation>
    </message>
    <message>
        <source>The input {0}: the test image, or your drawing cropped, scaled and centred as MNIST prepared its digits</source>
        <translation>ورودی {0}: تصویر آزمون، یا نقاشی شما که مانند رقم‌های MNIST بریده، کوچک و در مرکز گذاشته شده است</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Wipe the sheet: the test image is the input again</source>
        <translation>صفحه را پاک کنید: تصویر آزمون دوباره ورودی می‌شود</translation>
    </message>
    <message>
        <source>The bundled pretrained lecture network.</source>
        <translation>شبکه ازپیش‌آموزش‌دیده درس که همراه برنامه است.</translation>
    </message>
    <message>
        <source>Could not read {0} as a picture: {1}.</source>
        <translation>{0} را نمی‌توان به صورت تصویر خواند: {1}.</translation>
    </message>
    <message>
        <source>There is no digit in this picture: the test image stays the input.</source>
        <translation>در این تصویر رقمی نیست: تصویر آزمون همچنان ورودی است.</translation>
    </message>
    <message>
        <source>Being trained in the background: until then its weights are random.</source>
        <translation>در پس‌زمینه در حال آموزش است: تا آن موقع وزن‌هایش تصادفی‌اند.</translation>
    </message>
    <message>
        <source>Trained here for a moment ({0:,} training images, {1} epochs): {2:.1%} of the test images right.</source>
        <translation>همین‌جا اندکی آموزش دیده است ({0:,} تصویر آموزشی، {1} دوره): {2:.1%} از تصویرهای آزمون را درست تشخیص می‌دهد.</translation>
    </message>
    <message>
        <source>Untrained (random weights): MNIST&apos;s training images are not on this computer, so its prediction is a guess.</source>
        <translation>آموزش‌ندیده (وزن‌های تصادفی): تصویرهای آموزشی MNIST روی این رایانه نیست، پس پیش‌بینی آن فقط یک حدس است.</translation>
    </message>
    <message>
        <source>Network and digit</source>
        <translation>شبکه و رقم</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>لایه‌ها:</translation>
    </message>
    <message>
        <source>Two layers</source>
        <translation>دو لایه</translation>
    </message>
    <message>
        <source>Three layers</source>
        <translation>سه لایه</translation>
    </message>
    <message>
        <source>Which MNIST test image flows through the network</source>
        <translation>کدام تصویر آزمون MNIST از شبکه بگذرد</translation>
    </message>
    <message>
        <source>Another digit</source>
        <translation>رقم دیگر</translation>
    </message>
    <message>
        <source>Pick a random test image</source>
        <translation>یک تصویر آزمون تصادفی انتخاب کنید</translation>
    </message>
    <message>
        <source>Input {0}:</source>
        <translation>ورودی {0}:</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>1. Find the ink (light on dark)</source>
        <translation>1. پیدا کردن جوهر (روشن روی تیره)</translation>
    </message>
    <message>
        <source>2. Crop to the ink</source>
        <translation>2. بریدن دور جوهر</translation>
    </message>
    <message>
        <source>3. Shrink to fit {0}</source>
        <translation>3. کوچک کردن تا اندازه {0}</translation>
    </message>
    <message>
        <source>4. Centre the mass in {0}: the input</source>
        <translation>4. بردن مرکز جرم به وسط {0}: ورودی</translation>
    </message>
    <message>
        <source>Your picture as light ink on black, the way MNIST stores digits; the dashed box is the ink&apos;s bounding box.</source>
        <translation>تصویر شما به‌صورت جوهر روشن روی زمینه سیاه، همان‌طور که MNIST رقم‌ها را ذخیره می‌کند؛ کادر خط‌چین، کوچک‌ترین کادری است که جوهر را در بر می‌گیرد.</translation>
    </message>
    <message>
        <source>Only the ink&apos;s bounding box is kept, so where you drew does not matter.</source>
        <translation>فقط کادر دور جوهر نگه داشته می‌شود، پس مهم نیست کجای صفحه کشیده‌اید.</translation>
    </message>
    <message>
        <source>The longer side is shrunk to 20 pixels by averaging, so how big you drew does not matter either.</source>
        <translation>ضلع بلندتر با میانگین‌گیری به 20 پیکسل کوچک می‌شود، پس اندازه نقاشی شما هم مهم نیست.</translation>
    </message>
    <message>
        <source>The {0} box is moved so that the ink&apos;s centre of mass ({1}) is in the middle of {2} pixels: exactly what the network was trained on.</source>
        <translation>کادر {0} طوری جابه‌جا می‌شود که مرکز جرم جوهر ({1}) در وسط {2} پیکسل قرار بگیرد: درست همان چیزی که شبکه با آن آموزش دیده است.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Hand in the lesson</source>
        <translation>تحویل درس‌نامه</translation>
    </message>
    <message>
        <source>Your name and student number go into the hand-in folder and its report. You are asked only once.</source>
        <translation>نام و شماره دانشجویی شما در پوشه تحویلی و گزارش آن ثبت می‌شود. این را فقط یک بار از شما می‌پرسیم.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>شماره دانشجویی:</translation>
    </message>
</context>
<context>
    <name>TapeDemo</name>
    <message>
        <source>The training step could not run: {0}</source>
        <translation>گام آموزش اجرا نشد: {0}</translation>
    </message>
    <message>
        <source>MNIST&apos;s test images</source>
        <translation>تصویرهای آزمون MNIST</translation>
    </message>
    <message>
        <source>stand-in images (MNIST is not on this computer yet: load it on the Train page)</source>
        <translation>تصویرهای جایگزین (MNIST هنوز روی این رایانه نیست: آن را در صفحه آموزش بارگذاری کنید)</translation>
    </message>
    <message>
        <source>Training step {0}, batch {1} of {2}, on {3}.</source>
        <translation>گام آموزش {0}، دسته {1} از {2}، روی {3}.</translation>
    </message>
    <message>
        <source>The book&apos;s training step records its forward pass on a {0}; {1} then walks the recorded operations back from the loss, applying the chain rule one operation at a time. Step through it: each operation&apos;s shapes, and the shapes of the gradients it sends back, down to the gradient of {2}.</source>
        <translation>گام آموزش کتاب گذر رو به جلوی خود را روی یک {0} ثبت می‌کند؛ سپس {1} عملیات ثبت‌شده را از زیان رو به عقب می‌پیماید و قاعده زنجیره‌ای را عملیات به عملیات اعمال می‌کند. آن را گام به گام دنبال کنید: شکل‌های هر عملیات و شکل گرادیان‌هایی که به عقب می‌فرستد، تا گرادیان {2}.</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>یک گام آموزش</translation>
    </message>
    <message>
        <source>The tape</source>
        <translation>نوار</translation>
    </message>
    <message>
        <source>The book&apos;s code</source>
        <translation>کد کتاب</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Go back one operation</source>
        <translation>یک عملیات به عقب برگردید</translation>
    </message>
    <message>
        <source>Let the gradient flow back through one more operation</source>
        <translation>گرادیان را از یک عملیات دیگر به عقب عبور دهید</translation>
    </message>
    <message>
        <source>Record the next step</source>
        <translation>ثبت گام بعدی</translation>
    </message>
    <message>
        <source>Update the weights and record {0} on the next batch</source>
        <translation>وزن‌ها به‌روز می‌شوند و {0} روی دسته بعدی ثبت می‌شود</translation>
    </message>
    <message>
        <source>Step through the backward pass by itself</source>
        <translation>پیمودن خودکار گذر رو به عقب، گام به گام</translation>
    </message>
    <message>
        <source>The book&apos;s training step</source>
        <translation>گام آموزش کتاب</translation>
    </message>
</context>
<context>
    <name>TapeExplorer</name>
    <message>
        <source>The operations the gradient tape recorded</source>
        <translation>عملیاتی که نوار گرادیان ثبت کرده است</translation>
    </message>
    <message>
        <source>Recording a training step…</source>
        <translation>در حال ثبت یک گام آموزش…</translation>
    </message>
    <message>
        <source>This tape recorded no operation. A tape records what is computed inside its {0} block from variables or from tensors given to {1}.</source>
        <translation>این نوار هیچ عملیاتی ثبت نکرده است. نوار آنچه را ثبت می‌کند که درون بلوک {0} از متغیرها یا از تنسورهای داده‌شده به {1} محاسبه شود.</translation>
    </message>
    <message>
        <source>Forward pass, recorded: {0} operations from the images to the loss. The tape kept every input and output, for the way back.</source>
        <translation>گذر رو به جلو ثبت شد: {0} عملیات، از تصویرها تا زیان. نوار همه ورودی‌ها و خروجی‌ها را برای مسیر بازگشت نگه داشته است.</translation>
    </message>
    <message>
        <source>Loss on this batch: {0}.</source>
        <translation>زیان روی این دسته: {0}.</translation>
    </message>
    <message>
        <source>Backward pass, step {0} of {1}: the gradient of the loss reaches operation {2}, {3}. The chain rule multiplies it by that operation&apos;s own slope and passes it on to the operation&apos;s inputs.</source>
        <translation>گذر رو به عقب، گام {0} از {1}: گرادیان زیان به عملیات {2}، یعنی {3}، می‌رسد. قاعده زنجیره‌ای آن را در شیب خود این عملیات ضرب می‌کند و به ورودی‌های آن می‌فرستد.</translation>
    </message>
    <message>
        <source>Update: every weight moves against its gradient, {0} with {1}.</source>
        <translation>به‌روزرسانی: هر وزن در خلاف جهت گرادیان خود جابه‌جا می‌شود، {0} با {1}.</translation>
    </message>
    <message>
        <source>The loss on this batch goes from {0} to {1}.</source>
        <translation>زیان روی این دسته از {0} به {1} می‌رسد.</translation>
    </message>
</context>
<context>
    <name>TapeView</name>
    <message>
        <source>operation</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>ورودی‌ها</translation>
    </message>
    <message>
        <source>output</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>gradients sent back</source>
        <translation>گرادیان‌های فرستاده به عقب</translation>
    </message>
</context>
<context>
    <name>TapeWindow</name>
    <message>
        <source>nnlab: the gradient tape</source>
        <translation>nnlab: نوار گرادیان</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>TensorsPage</name>
    <message>
        <source>Workspace</source>
        <translation>فضای کار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>شکل</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>حافظه</translation>
    </message>
    <message>
        <source>Min … max</source>
        <translation>کمینه … بیشینه</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>مجموعه داده</translation>
    </message>
    <message>
        <source>Your tensors</source>
        <translation>تنسورهای شما</translation>
    </message>
    <message>
        <source>Model weights (the bundled trained network)</source>
        <translation>وزن‌های مدل (شبکه آموزش‌دیده همراه برنامه)</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>وزن‌های مدل</translation>
    </message>
    <message>
        <source>Lecture examples</source>
        <translation>مثال‌های درس</translation>
    </message>
    <message>
        <source>Real-world data tensors</source>
        <translation>تنسورهای داده دنیای واقعی</translation>
    </message>
    <message>
        <source>Every tensor you can use. Double-click a name to put it in the expression; Delete removes one of yours.</source>
        <translation>همه تنسورهایی که می‌توانید به کار ببرید. روی یک نام دوبار کلیک کنید تا در عبارت قرار بگیرد؛ کلید Delete یکی از تنسورهای خودتان را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Workspace tensors</source>
        <translation>تنسورهای فضای کار</translation>
    </message>
    <message>
        <source>Load MNIST ({0})</source>
        <translation>بارگذاری MNIST ({0})</translation>
    </message>
    <message>
        <source>Read the MNIST data set (downloaded once, about 11 MB)</source>
        <translation>مجموعه داده MNIST را می‌خواند (فقط یک بار بارگیری می‌شود، حدود 11 مگابایت)</translation>
    </message>
    <message>
        <source>Give any result a name: {0}</source>
        <translation>به هر نتیجه‌ای می‌توانید نام بدهید: {0}</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>Type a NumPy expression and press Enter. Up/Down bring back earlier ones; names complete as you type.</source>
        <translation>یک عبارت NumPy بنویسید و Enter را بزنید. کلیدهای بالا و پایین عبارت‌های قبلی را برمی‌گردانند؛ نام‌ها هنگام نوشتن خودکار کامل می‌شوند.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>Compute the expression (Enter)</source>
        <translation>عبارت را محاسبه می‌کند (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop computing this expression</source>
        <translation>توقف محاسبه این عبارت</translation>
    </message>
    <message>
        <source>Batch {0}:</source>
        <translation>دسته {0}:</translation>
    </message>
    <message>
        <source>{0} in {1}: which batch of 128 images</source>
        <translation>{0} در {1}: کدام دسته 128تایی از تصویرها</translation>
    </message>
    <message>
        <source>Batch number {0}</source>
        <translation>شماره دسته {0}</translation>
    </message>
    <message>
        <source>Show batch</source>
        <translation>نمایش دسته</translation>
    </message>
    <message>
        <source>Evaluate {0}</source>
        <translation>محاسبه {0}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>مقادیر</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>چاپ‌شده</translation>
    </message>
    <message>
        <source>Image-like tensors as pictures; a batch as a grid</source>
        <translation>تنسورهای تصویرمانند به‌صورت تصویر؛ یک دسته به‌صورت جدولی از تصویرها</translation>
    </message>
    <message>
        <source>The numbers of a 0D, 1D or 2D result</source>
        <translation>اعداد یک نتیجه صفربعدی، یک‌بعدی یا دوبعدی</translation>
    </message>
    <message>
        <source>The result as NumPy prints it</source>
        <translation>نتیجه، همان‌طور که NumPy چاپش می‌کند</translation>
    </message>
    <message>
        <source>Why this shape?</source>
        <translation>چرا این شکل؟</translation>
    </message>
    <message>
        <source>The rules applied, step by step</source>
        <translation>قاعده‌هایی که به کار رفته‌اند، گام‌به‌گام</translation>
    </message>
    <message>
        <source>Layer shapes</source>
        <translation>شکل لایه‌ها</translation>
    </message>
    <message>
        <source>Data tensors</source>
        <translation>تنسورهای داده</translation>
    </message>
    <message>
        <source>Vectorisation</source>
        <translation>برداری‌سازی</translation>
    </message>
    <message>
        <source>The shapes a batch takes through the network&apos;s layers</source>
        <translation>شکل‌هایی که یک دسته هنگام عبور از لایه‌های شبکه به خود می‌گیرد</translation>
    </message>
    <message>
        <source>The lecture&apos;s table of real-world data tensors</source>
        <translation>جدول درس از تنسورهای داده دنیای واقعی</translation>
    </message>
    <message>
        <source>Naive Python loops against vectorised NumPy, timed here</source>
        <translation>حلقه‌های ساده پایتون در برابر NumPy برداری‌شده، با زمان‌سنجی همین‌جا</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Computing {0}…</source>
        <translation>در حال محاسبه {0}…</translation>
    </message>
    <message>
        <source>Cancelled: {0}</source>
        <translation>لغو شد: {0}</translation>
    </message>
    <message numerus="yes">
        <source>A tuple of %n integers: {0}</source>
        <translation>
            <numerusform>یک چندتایی از %n عدد صحیح: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>A scalar (0D tensor): {0}, dtype {1}</source>
        <translation>یک اسکالر (تنسور صفربعدی): {0}، با نوع داده {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), dark ink on white</source>
        <translation>
            <numerusform>%n تصویر، جوهر تیره روی زمینه سفید</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>بازگرداندن {0}</translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n original tensor(s)</source>
        <translation>
            <numerusform>بازگرداندن %n تنسور اصلی</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own tensors of these names hide the originals; restoring removes yours and brings back {0}</source>
        <translation>تنسورهای خودتان با همین نام‌ها تنسورهای اصلی را پنهان کرده‌اند؛ بازگرداندن، تنسورهای شما را حذف می‌کند و {0} را برمی‌گرداند</translation>
    </message>
    <message>
        <source>Type an expression above, or pick one from “Lecture examples”.</source>
        <translation>در بالا یک عبارت بنویسید، یا یکی را از «مثال‌های درس» انتخاب کنید.</translation>
    </message>
    <message>
        <source>Here you will see which rule gives a result its shape: slicing, reshaping, transposing, the dot product and broadcasting, step by step.</source>
        <translation>اینجا گام‌به‌گام می‌بینید که کدام قاعده شکل نتیجه را تعیین می‌کند: برش‌زدن، تغییر شکل (reshape)، ترانهاده (transpose)، ضرب نقطه‌ای یا پخش (broadcasting).</translation>
    </message>
    <message>
        <source>You typed {0}</source>
        <translation>شما نوشتید: {0}</translation>
    </message>
    <message>
        <source>Not possible:</source>
        <translation>ممکن نیست:</translation>
    </message>
    <message>
        <source>No shape rule was needed here: the value is shown as it is.</source>
        <translation>اینجا به هیچ قاعده شکلی نیاز نبود: مقدار همان‌طور که هست نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>An integer (a Python {1}, not a tensor): {0}</source>
        <translation>یک عدد صحیح ({1} پایتون، نه تنسور): {0}</translation>
    </message>
    <message>
        <source>A Python value: {0}</source>
        <translation>یک مقدار پایتون: {0}</translation>
    </message>
    <message>
        <source>A {0}D tensor of shape {1}, dtype {2}</source>
        <translation>یک تنسور {0}&#xa0;بعدی با شکل {1} و نوع داده {2}</translation>
    </message>
    <message>
        <source>(stored as {0})</source>
        <translation>(با نام {0} ذخیره شد)</translation>
    </message>
    <message>
        <source>No picture: this result is not image-like.</source>
        <translation>تصویری در کار نیست: این نتیجه شبیه تصویر نیست.</translation>
    </message>
    <message>
        <source>The first {0} of {1} images, dark ink on white</source>
        <translation>{0} تصویر اول از {1} تصویر، جوهر تیره روی زمینه سفید</translation>
    </message>
    <message>
        <source>{0} could not be loaded: {1}</source>
        <translation>{0} بارگذاری نشد: {1}</translation>
    </message>
    <message>
        <source>{0}: images {1} to {2}</source>
        <translation>{0}: تصویرهای {1} تا {2}</translation>
    </message>
</context>
<context>
    <name>ToyDemo</name>
    <message>
        <source>The toy data set could not be made: {0}</source>
        <translation>ساختن مجموعه داده ساده ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>آموزش متوقف شد: {0}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Continue training (Space).</source>
        <translation>ادامه آموزش (Space).</translation>
    </message>
    <message>
        <source>Pause training between two mini-batches (Space).</source>
        <translation>آموزش را بین دو دسته کوچک موقتاً متوقف می‌کند (Space).</translation>
    </message>
    <message>
        <source>Paused. Resume with Space, or train one mini-batch with Step.</source>
        <translation>آموزش در حالت مکث است. با Space ادامه دهید، یا با «یک گام» فقط یک دسته کوچک را آموزش دهید.</translation>
    </message>
    <message>
        <source>Stopping after this mini-batch…</source>
        <translation>در حال توقف، پس از همین دسته کوچک…</translation>
    </message>
    <message>
        <source>Weights reset to fresh random values (seed {0}). Press Start to train from them.</source>
        <translation>وزن‌ها به مقدارهای تصادفی تازه بازنشانی شدند (عدد آغازین {0}). برای آموزش از همین وزن‌ها، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>Loading the data set…</source>
        <translation>در حال بارگذاری مجموعه داده…</translation>
    </message>
    <message>
        <source>Starting {0}…</source>
        <translation>در حال شروع {0}…</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (ادامه)</translation>
    </message>
    <message>
        <source>The data set could not be loaded.</source>
        <translation>مجموعه داده بارگذاری نشد.</translation>
    </message>
    <message>
        <source>Could not load the data set</source>
        <translation>مجموعه داده بارگذاری نشد</translation>
    </message>
    <message>
        <source>Loading was cancelled. Press Start to try again.</source>
        <translation>بارگذاری لغو شد. برای تلاش دوباره، «شروع» را بزنید.</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>حدود {0} مانده</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>پرونده‌ها جایگزین شوند؟</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:
{0}</source>
        <translation>این پرونده‌ها از قبل وجود دارند و جایگزین خواهند شد:
{0}</translation>
    </message>
    <message>
        <source>Saved these settings as your defaults for the next sessions.</source>
        <translation>این تنظیمات به‌عنوان پیش‌فرض شما برای جلسه‌های بعدی ذخیره شد.</translation>
    </message>
    <message>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} ثانیه</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
    <message>
        <source>Paused · {0}</source>
        <translation>در حالت مکث · {0}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Train a new run with the settings on the left (Space).</source>
        <translation>یک اجرای جدید را با تنظیمات سمت راست آموزش می‌دهد (Space).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop training after the current mini-batch and keep the weights ({0}).</source>
        <translation>آموزش را بعد از دسته کوچک فعلی متوقف می‌کند و وزن‌ها را نگه می‌دارد ({0}).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>یک گام</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then wait ({0}).</source>
        <translation>دقیقاً روی یک دسته کوچک آموزش می‌دهد و بعد منتظر می‌ماند ({0}).</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>بازنشانی وزن‌ها</translation>
    </message>
    <message>
        <source>Throw the trained weights away and start again from fresh random weights (from the seed).</source>
        <translation>وزن‌های آموزش‌دیده را کنار می‌گذارد و از نو با وزن‌های تصادفی تازه (ساخته‌شده از عدد آغازین) شروع می‌کند.</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>پیشرفت آموزش</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Inside the optimizer</source>
        <translation>درون بهینه‌ساز</translation>
    </message>
    <message>
        <source>One hidden unit&apos;s 784 weights, their gradient and what the optimizer keeps for them, live while the network learns.</source>
        <translation>784 وزنِ یک واحد پنهان، گرادیان آن‌ها و آنچه بهینه‌ساز برایشان نگه می‌دارد، زنده و هم‌زمان با یادگیری شبکه.</translation>
    </message>
    <message>
        <source>Every run of this session: tick runs to compare their curves.</source>
        <translation>همه اجراهای این جلسه: تیک اجراها را بزنید تا منحنی‌هایشان را با هم مقایسه کنید.</translation>
    </message>
    <message>
        <source>How well the selected run does on the test set.</source>
        <translation>اجرای انتخاب‌شده روی داده‌های آزمون چقدر خوب عمل می‌کند.</translation>
    </message>
    <message>
        <source>Settings for the next run; the optimizer and its hyperparameters can also change while training runs.</source>
        <translation>تنظیمات اجرای بعدی؛ بهینه‌ساز و ابرپارامترهای آن را در حین آموزش هم می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>Drag the handle to give the plots or the runs more room.</source>
        <translation>دستگیره را بکشید تا به نمودارها یا فهرست اجراها جای بیشتری بدهید.</translation>
    </message>
    <message>
        <source>Ready. Press Start (or Space) to train the network.</source>
        <translation>آماده است. برای آموزش شبکه، «شروع» (یا Space) را بزنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} cannot be continued:&lt;/b&gt; its settings are outside what the controls allow.</source>
        <translation>&lt;b&gt;ادامه {0} ممکن نیست:&lt;/b&gt; تنظیمات آن خارج از محدوده‌ای است که کنترل‌ها اجازه می‌دهند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run would need about {0} of memory, but only {1} are free.&lt;/b&gt; Choose a smaller batch size or fewer or smaller hidden layers.</source>
        <translation>&lt;b&gt;این اجرا به حدود {0} حافظه نیاز دارد، اما فقط {1} آزاد است.&lt;/b&gt; اندازه دسته کوچک‌تر، یا لایه‌های پنهان کمتر یا کوچک‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not started: not enough memory.</source>
        <translation>شروع نشد: حافظه کافی نیست.</translation>
    </message>
    <message>
        <source>Starting {0} on {1:,} training images ({2:,} kept for validation)…</source>
        <translation>در حال شروع {0} با {1:,} تصویر آموزش ({2:,} تصویر برای اعتبارسنجی کنار گذاشته شده است)…</translation>
    </message>
    <message>
        <source>{0} Preparing the images and the network: {1}</source>
        <translation>{0} آماده‌سازی تصویرها و شبکه: {1}</translation>
    </message>
    <message>
        <source>{0}: epoch {1}/{2} · batch {3}/{4} · {5}</source>
        <translation>{0}: دوره {1} از {2} · دسته {3} از {4} · {5}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run takes about {0} more at the speed measured now:&lt;/b&gt; with a batch of {1:,}, every epoch is {2:,} separate steps. To see the lesson in seconds, set &lt;i&gt;Training images&lt;/i&gt; to 2,000, or press &lt;i&gt;Compare batch sizes&lt;/i&gt;.</source>
        <translation>&lt;b&gt;با سرعتی که الان اندازه‌گیری شده، این اجرا حدود {0} دیگر طول می‌کشد:&lt;/b&gt; با دسته‌ای به اندازه {1:,}، هر دوره {2:,} گام جداگانه است. برای دیدن درس در چند ثانیه، &lt;i&gt;تصویرهای آموزش&lt;/i&gt; را روی 2,000 بگذارید، یا &lt;i&gt;مقایسه اندازه‌های دسته&lt;/i&gt; را بزنید.</translation>
    </message>
    <message>
        <source>Training stopped and the weights from before the explosion were kept.</source>
        <translation>آموزش متوقف شد و وزن‌های پیش از انفجار نگه داشته شدند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss became NaN: epsilon is 0.&lt;/b&gt; A weight whose gradient is 0 then computes {0}. Use a small epsilon such as {1}.</source>
        <translation>&lt;b&gt;زیان NaN شد: اپسیلون 0 است.&lt;/b&gt; آن‌وقت وزنی که گرادیانش 0 است {0} را حساب می‌کند. اپسیلونی کوچک مانند {1} به کار ببرید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss became NaN: Adagrad&apos;s initial accumulator and epsilon are both 0.&lt;/b&gt; A weight whose gradient is 0 then computes {0}. Start the accumulator at 0.1.</source>
        <translation>&lt;b&gt;زیان NaN شد: انباره اولیه Adagrad و اپسیلون هر دو 0 هستند.&lt;/b&gt; آن‌وقت وزنی که گرادیانش 0 است {0} را حساب می‌کند. انباره را از 0.1 شروع کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss became NaN: the training data contain NaN or infinite values.&lt;/b&gt; Nothing can be learned from those.</source>
        <translation>&lt;b&gt;زیان NaN شد: داده‌های آموزش مقدارهای NaN یا بی‌نهایت دارند.&lt;/b&gt; از چنین داده‌ای چیزی یاد گرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss exploded: the learning rate ({0}) is probably too large.&lt;/b&gt; Try one ten times smaller.</source>
        <translation>&lt;b&gt;زیان منفجر شد: نرخ یادگیری ({0}) احتمالاً خیلی بزرگ است.&lt;/b&gt; نرخی ده برابر کوچک‌تر را امتحان کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss exploded: the learning rate is probably too large.&lt;/b&gt; Try one ten times smaller.</source>
        <translation>&lt;b&gt;زیان منفجر شد: نرخ یادگیری احتمالاً خیلی بزرگ است.&lt;/b&gt; نرخی ده برابر کوچک‌تر را امتحان کنید.</translation>
    </message>
    <message>
        <source>Could not delete the file</source>
        <translation>پرونده حذف نشد</translation>
    </message>
    <message>
        <source>A data file is damaged</source>
        <translation>یک پرونده داده خراب است</translation>
    </message>
    <message>
        <source>Delete it and download again</source>
        <translation>حذف و بارگیری دوباره</translation>
    </message>
    <message>
        <source>The file {0} will be deleted.</source>
        <translation>پرونده {0} حذف خواهد شد.</translation>
    </message>
    <message>
        <source>{0:.1f} GB</source>
        <translation>{0:.1f} گیگابایت</translation>
    </message>
    <message>
        <source>{0:,.0f} MB</source>
        <translation>{0:,.0f} مگابایت</translation>
    </message>
    <message>
        <source>{0} finished in {1}.</source>
        <translation>{0} در {1} تمام شد.</translation>
    </message>
    <message>
        <source>{0:,.0f} images/s</source>
        <translation>{0:,.0f} تصویر در ثانیه</translation>
    </message>
    <message>
        <source>measuring the speed…</source>
        <translation>در حال اندازه‌گیری سرعت…</translation>
    </message>
    <message>
        <source>step {0} under way for {1}</source>
        <translation>گام {0} در حال اجراست ({1} تا این لحظه)</translation>
    </message>
    <message>
        <source>{0} was stopped after {1}; its weights are kept.</source>
        <translation>{0} پس از {1} متوقف شد؛ وزن‌هایش نگه داشته شده‌اند.</translation>
    </message>
    <message>
        <source>{0} diverged after {1}.</source>
        <translation>{0} پس از {1} واگرا شد.</translation>
    </message>
    <message>
        <source>{0} failed after {1}.</source>
        <translation>{0} پس از {1} با خطا متوقف شد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training failed.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;آموزش ناموفق بود.&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Save run record</source>
        <translation>ذخیره گزارش اجرا</translation>
    </message>
    <message>
        <source>Run record folder ({0})</source>
        <translation>پوشه گزارش اجرا ({0})</translation>
    </message>
    <message>
        <source>Could not save the record</source>
        <translation>گزارش ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved {0} to {1}</source>
        <translation>{0} در {1} ذخیره شد</translation>
    </message>
    <message>
        <source>Open run record</source>
        <translation>باز کردن گزارش اجرا</translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation>گزارش باز نشد</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>صدور نمودار</translation>
    </message>
    <message>
        <source>PNG image ({0})</source>
        <translation>تصویر PNG ({0})</translation>
    </message>
    <message>
        <source>could not write {0}</source>
        <translation>نوشتن {0} ممکن نشد</translation>
    </message>
    <message>
        <source>Could not export the plot</source>
        <translation>نمودار صادر نشد</translation>
    </message>
    <message>
        <source>Exported the plot to {0} and the metrics to {1}</source>
        <translation>نمودار در {0} و معیارها در {1} صادر شدند</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>خیلی کوچک</translation>
    </message>
    <message>
        <source>about right</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>خیلی بزرگ</translation>
    </message>
    <message>
        <source>{0} lr {1} ({2})</source>
        <translation>{0}، نرخ یادگیری {1} ({2})</translation>
    </message>
    <message>
        <source>Batch GD</source>
        <translation>کاهش گرادیان دسته‌ای</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>دسته کوچک</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>تصادفی</translation>
    </message>
    <message>
        <source>{0}: batch {1:,} of {2:,} images</source>
        <translation>{0}: دسته {1:,} از {2:,} تصویر</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>stopped in the middle of a long step: its weights were not kept</source>
        <translation>در میانه یک گام طولانی متوقف شد: وزن‌هایش نگه داشته نشدند</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>اجرای {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TrainingLoopDemo</name>
    <message>
        <source>Loading MNIST&apos;s training images…</source>
        <translation>در حال بارگذاری تصویرهای آموزشی MNIST…</translation>
    </message>
    <message>
        <source>This view trains on MNIST&apos;s 60,000 training images, which are not on this computer yet. Load MNIST on the Train page (it downloads it once) and come back.</source>
        <translation>این نمایش روی 60,000 تصویر آموزشی MNIST آموزش می‌دهد که هنوز روی این رایانه نیستند. MNIST را در صفحه آموزش بارگذاری کنید (یک بار دانلود می‌شود) و برگردید.</translation>
    </message>
    <message>
        <source>The step failed: {0}</source>
        <translation>اجرای گام ناموفق بود: {0}</translation>
    </message>
    <message>
        <source>labels: {0}</source>
        <translation>برچسب‌ها: {0}</translation>
    </message>
    <message>
        <source>Iteration {0}, {1} lines run.</source>
        <translation>تکرار {0}، {1} خط اجرا شده است.</translation>
    </message>
    <message>
        <source>{0:.1f} iterations per second.</source>
        <translation>{0:.1f} تکرار در ثانیه.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Run the loop line after line at the chosen speed, or pause it</source>
        <translation>حلقه را خط به خط با سرعت انتخاب‌شده اجرا کنید، یا آن را متوقف کنید</translation>
    </message>
    <message>
        <source>The slide&apos;s training loop, run for real on the lecture&apos;s network {0} and MNIST. Line 1 draws a random batch of images with their labels; line 2 runs the network on it {1}, measures the loss and backpropagates the gradient of every weight; line 3 moves every weight a little against its gradient. Step through it line by line, then let it run and watch the loss fall.</source>
        <translation>حلقه آموزش اسلاید، که واقعاً روی شبکه درس {0} و MNIST اجرا می‌شود. خط 1 یک دسته تصادفی از تصویرها را با برچسب‌هایشان برمی‌دارد؛ خط 2 شبکه را روی آن اجرا می‌کند {1}، زیان را می‌سنجد و گرادیان هر وزن را با پس‌انتشار به دست می‌آورد؛ خط 3 هر وزن را کمی در خلاف جهت گرادیانش جابه‌جا می‌کند. آن را خط به خط پیش ببرید، سپس بگذارید اجرا شود و پایین آمدن زیان را ببینید.</translation>
    </message>
    <message>
        <source>Run the loop</source>
        <translation>اجرای حلقه</translation>
    </message>
    <message>
        <source>batch size:</source>
        <translation>اندازه دسته:</translation>
    </message>
    <message>
        <source>How many images line 1 draws (the slide&apos;s 256)</source>
        <translation>خط 1 چند تصویر برمی‌دارد (همان 256 اسلاید)</translation>
    </message>
    <message>
        <source>{0} of hidden unit {1}; largest changes:</source>
        <translation>{0} واحد پنهان {1}؛ بزرگ‌ترین تغییرها:</translation>
    </message>
    <message>
        <source>Loss: {0}</source>
        <translation>زیان: {0}</translation>
    </message>
    <message>
        <source>The loss is not a finite number, so this update was skipped (as {0} does): the weights did not change. {1} is too large: lower it and press New network.</source>
        <translation>زیان عددی متناهی نیست، پس این به‌روزرسانی انجام نشد (همان کاری که {0} می‌کند): وزن‌ها تغییری نکردند. مقدار {1} بیش از حد بزرگ است: آن را کم کنید و «شبکه تازه» را بزنید.</translation>
    </message>
    <message>
        <source>How far line 3 moves the weights against the gradient</source>
        <translation>خط 3 وزن‌ها را چه اندازه در خلاف جهت گرادیان جابه‌جا می‌کند</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>سرعت:</translation>
    </message>
    <message>
        <source>Slow: a line a second</source>
        <translation>آهسته: یک خط در ثانیه</translation>
    </message>
    <message>
        <source>Medium: three lines a second</source>
        <translation>متوسط: سه خط در ثانیه</translation>
    </message>
    <message>
        <source>Fast: a dozen lines a second</source>
        <translation>تند: حدود دوازده خط در ثانیه</translation>
    </message>
    <message>
        <source>Full speed: whole iterations</source>
        <translation>حداکثر سرعت: تکرارهای کامل</translation>
    </message>
    <message>
        <source>Takes effect the next time you press Run</source>
        <translation>از دفعه بعد که «اجرا» را بزنید اعمال می‌شود</translation>
    </message>
    <message>
        <source>Step line</source>
        <translation>اجرای یک خط</translation>
    </message>
    <message>
        <source>Run the highlighted next line (▶) only</source>
        <translation>فقط خط بعدیِ نشان‌دار (▶) را اجرا کنید</translation>
    </message>
    <message>
        <source>Step iteration</source>
        <translation>اجرای یک تکرار</translation>
    </message>
    <message>
        <source>Run the lines left in this turn of the loop</source>
        <translation>خط‌های باقی‌مانده از این دور حلقه را اجرا کنید</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>شبکه تازه</translation>
    </message>
    <message>
        <source>Start again from random weights</source>
        <translation>از نو با وزن‌های تصادفی شروع کنید</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Loss of each batch</source>
        <translation>زیان هر دسته</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>زیان (آنتروپی متقاطع)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>How wrong the network is: it should go down as the network learns.</source>
        <translation>شبکه چقدر اشتباه می‌کند: با یادگیری شبکه باید پایین بیاید.</translation>
    </message>
    <message>
        <source>The share of images classified correctly: it should go up.</source>
        <translation>سهم تصویرهایی که درست تشخیص داده می‌شوند: باید بالا برود.</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>نمودار زیان</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>نمودار دقت</translation>
    </message>
    <message>
        <source>samples seen (first epoch)</source>
        <translation>نمونه‌های دیده‌شده (دوره نخست)</translation>
    </message>
    <message>
        <source>Every mini-batch</source>
        <translation>هر دسته کوچک</translation>
    </message>
    <message>
        <source>Also draw the noisy value of every single mini-batch behind the smoothed curve.</source>
        <translation>مقدار پرنوسان تک‌تک دسته‌های کوچک را هم پشت منحنی هموارشده رسم می‌کند.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>مقیاس لگاریتمی</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, useful when it explodes or gets tiny.</source>
        <translation>زیان را در مقیاس لگاریتمی نشان می‌دهد؛ وقتی زیان منفجر می‌شود یا خیلی کوچک می‌شود به کار می‌آید.</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read the values at that epoch.</source>
        <translation>ماوس را روی یک نمودار ببرید تا مقدارها را در آن دوره بخوانید.</translation>
    </message>
    <message>
        <source>Press Start to watch the network learn</source>
        <translation>«شروع» را بزنید و یادگیری شبکه را تماشا کنید</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read the values of every shown run.</source>
        <translation>ماوس را روی یک نمودار ببرید تا مقدارهای همه اجراهای نمایش‌داده‌شده را بخوانید.</translation>
    </message>
    <message>
        <source>mini-batches, smoothed</source>
        <translation>دسته‌های کوچک، هموارشده</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>آموزش، در هر دوره</translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation>اعتبارسنجی، در هر دوره</translation>
    </message>
    <message>
        <source>{0}, lr {1}</source>
        <translation>{0}، نرخ یادگیری {1}</translation>
    </message>
    <message>
        <source>lr {0}</source>
        <translation>نرخ یادگیری {0}</translation>
    </message>
    <message>
        <source>sample {0:,}</source>
        <translation>نمونه {0:,}</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>دوره {0:.2f}</translation>
    </message>
    <message>
        <source>loss {0:.4f}, accuracy {1:.1%}</source>
        <translation>زیان {0:.4f}، دقت {1:.1%}</translation>
    </message>
</context>
<context>
    <name>UncrumplingDemo</name>
    <message>
        <source>Refused: depth {0} × width {1} × {2} points needs about {3:.0f} million multiplications per training step; at most {4:.0f} million keep the animation live. Lower one of them.</source>
        <translation>پذیرفته نشد: عمق {0} در پهنای {1} در {2} نقطه در هر گام آموزش حدود {3:.0f} میلیون ضرب لازم دارد؛ پویانمایی فقط با حداکثر {4:.0f} میلیون روان می‌ماند. یکی از آن‌ها را کمتر کنید.</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <translation>آموزش ناموفق بود: {0}</translation>
    </message>
    <message>
        <source>The input: the crumpled paper</source>
        <translation>ورودی: کاغذ مچاله</translation>
    </message>
    <message>
        <source>After layer {0} of {1}</source>
        <translation>پس از لایه {0} از {1}</translation>
    </message>
    <message>
        <source>: the last plane, where a line decides</source>
        <translation>: آخرین صفحه، جایی که یک خط تصمیم می‌گیرد</translation>
    </message>
    <message>
        <source>From layer {0} to layer {1}</source>
        <translation>از لایه {0} به لایه {1}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>لایه {0}</translation>
    </message>
    <message>
        <source>Training steps: {0}. Loss: {1}. Points on their class&apos;s side of the line: {2:.0%}.</source>
        <translation>گام‌های آموزش: {0}. زیان: {1}. نقطه‌هایی که در سمت دسته خود از خط‌اند: {2:.0%}.</translation>
    </message>
    <message>
        <source>Separated by a line after {0:.1f} s of training.</source>
        <translation>پس از {0:.1f} ثانیه آموزش، یک خط دو دسته را جدا کرد.</translation>
    </message>
    <message>
        <source>No line yet: this start may be stuck in a fold. Retrain tries new random weights.</source>
        <translation>هنوز خطی پیدا نشده است: شاید این شروع در یک چین گیر کرده باشد. «آموزش دوباره» وزن‌های تصادفی تازه‌ای را امتحان می‌کند.</translation>
    </message>
    <message>
        <source>Press Start: the network learns to uncrumple the paper.</source>
        <translation>«شروع» را بزنید: شبکه یاد می‌گیرد کاغذ مچاله را باز کند.</translation>
    </message>
    <message>
        <source>“A neural network is a very complex geometric transformation in a high-dimensional space, implemented as a long series of simple steps.” Two sheets of paper, blue and orange, crumpled together: no line separates them. Each layer here is one simple step: {0} {1} units bend and fold the plane, then a {2} matrix lays it flat again. Watch the grid and the points go from one layer to the next; training makes the last plane so flat that a line separates the classes. Each plane is drawn scaled to fit.</source>
        <translation>«شبکه عصبی یک تبدیل هندسی بسیار پیچیده در فضایی با ابعاد بالاست که به صورت زنجیره‌ای طولانی از گام‌های ساده پیاده‌سازی شده است.» دو برگ کاغذ، آبی و نارنجی، با هم مچاله شده‌اند: هیچ خطی آن‌ها را از هم جدا نمی‌کند. هر لایه در اینجا یک گام ساده است: {0} واحد {1} صفحه را خم می‌کنند و تا می‌زنند، سپس یک ماتریس {2} آن را دوباره به صفحه‌ای تخت برمی‌گرداند. رفتن شبکه‌بندی و نقطه‌ها از یک لایه به لایه بعد را ببینید؛ آموزش آخرین صفحه را چنان صاف می‌کند که یک خط دو دسته را جدا کند. هر صفحه با مقیاسی رسم می‌شود که در کادر جا شود.</translation>
    </message>
    <message>
        <source>How many {0} units bend the plane in each step</source>
        <translation>چند واحد {0} در هر گام صفحه را خم می‌کنند</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Moons (two crumpled sheets)</source>
        <translation>هلال‌ها (دو برگ مچاله)</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>داده:</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>عمق:</translation>
    </message>
    <message>
        <source>How many layers: simple steps from plane to plane</source>
        <translation>چند لایه: گام‌های ساده از صفحه به صفحه</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>پهنا:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>تعداد نقاط:</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>آموزش دوباره</translation>
    </message>
    <message>
        <source>New random weights, then train again</source>
        <translation>وزن‌های تصادفی تازه، سپس آموزش دوباره</translation>
    </message>
    <message>
        <source>Train the network live and animate its layers</source>
        <translation>شبکه را زنده آموزش دهید و لایه‌هایش را به حرکت درآورید</translation>
    </message>
</context>
<context>
    <name>UnitsDiagram</name>
    <message>
        <source>{0} units</source>
        <translation>{0} واحد</translation>
    </message>
    <message>
        <source>{0} scores</source>
        <translation>{0} امتیاز</translation>
    </message>
</context>
<context>
    <name>VectorizationPanel</name>
    <message>
        <source>Operation:</source>
        <translation>عملیات:</translation>
    </message>
    <message>
        <source>{0}, element-wise</source>
        <translation>{0}، عنصربه‌عنصر</translation>
    </message>
    <message>
        <source>{0}, matrix product</source>
        <translation>{0}، ضرب ماتریسی</translation>
    </message>
    <message>
        <source>Which of the lecture&apos;s naive loops to time</source>
        <translation>زمان کدام‌یک از حلقه‌های ساده درس اندازه‌گیری شود</translation>
    </message>
    <message>
        <source>{0} matrices, {1}</source>
        <translation>ماتریس‌های {0}، {1}</translation>
    </message>
    <message>
        <source>The size of the random {0} matrices {1} and {2}</source>
        <translation>اندازه ماتریس‌های تصادفی {1} و {2} با ابعاد {0}</translation>
    </message>
    <message>
        <source>Time it</source>
        <translation>زمان‌سنجی</translation>
    </message>
    <message>
        <source>Run the naive loop and the vectorised operation and compare the times</source>
        <translation>حلقه ساده و عملیات برداری‌شده را اجرا می‌کند و زمان‌هایشان را مقایسه می‌کند</translation>
    </message>
    <message>
        <source>Naive Python loop:</source>
        <translation>حلقه ساده پایتون:</translation>
    </message>
    <message>
        <source>Vectorised NumPy:</source>
        <translation>NumPy برداری‌شده:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>ساده</translation>
    </message>
    <message>
        <source>Vectorised</source>
        <translation>برداری‌شده</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>افزایش سرعت</translation>
    </message>
    <message>
        <source>Press “Time it”: both versions run on this computer, in the background.</source>
        <translation>«زمان‌سنجی» را بزنید: هر دو نسخه روی همین رایانه و در پس‌زمینه اجرا می‌شوند.</translation>
    </message>
    <message>
        <source>Timing… the naive loop takes a while.</source>
        <translation>در حال زمان‌سنجی… حلقه ساده کمی طول می‌کشد.</translation>
    </message>
    <message>
        <source>{0:,.0f} times faster</source>
        <translation>{0:,.0f} برابر سریع‌تر</translation>
    </message>
    <message>
        <source>For {0}: the same result, computed by NumPy in one call instead of a Python loop over every entry.</source>
        <translation>برای {0}: همان نتیجه، این بار با یک فراخوانی NumPy به‌جای حلقه پایتونی که روی تک‌تک عنصرها می‌گردد.</translation>
    </message>
    <message>
        <source>The timing failed: {0}</source>
        <translation>زمان‌سنجی ناموفق بود: {0}</translation>
    </message>
</context>
<context>
    <name>WeightColourBar</name>
    <message>
        <source>holds back</source>
        <translation>بازمی‌دارد</translation>
    </message>
    <message>
        <source>excites</source>
        <translation>برمی‌انگیزد</translation>
    </message>
    <message>
        <source>Weight colours, the same on every page: vermillion = positive (ink there excites the unit), blue = negative (ink there holds it back), white = zero.</source>
        <translation>رنگ وزن‌ها در همه صفحه‌ها یکی است: شنگرفی یعنی مثبت (جوهر در آن‌جا واحد را برمی‌انگیزد)، آبی یعنی منفی (جوهر در آن‌جا آن را بازمی‌دارد)، سفید یعنی صفر.</translation>
    </message>
    <message>
        <source>Weight colour bar from {0} (blue) to {1} (vermillion)</source>
        <translation>نوار رنگ وزن‌ها از {0} (آبی) تا {1} (شنگرفی)</translation>
    </message>
</context>
<context>
    <name>WorkspaceTree</name>
    <message>
        <source>{0}D</source>
        <translation>{0}&#xa0;بعدی</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>hidden by yours</source>
        <translation>پنهان‌شده با تنسور شما</translation>
    </message>
    <message>
        <source>Your own {0} hides this one; “Restore” brings it back.</source>
        <translation>تنسور {0} خودتان این یکی را پنهان کرده است؛ «بازگرداندن» آن را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>Division by zero.</source>
        <translation>تقسیم بر صفر.</translation>
    </message>
    <message>
        <source>A number got too large: {detail}.</source>
        <translation>عددی بیش از حد بزرگ شد: {detail}.</translation>
    </message>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>حافظه کافی برای این کار وجود ندارد.</translation>
    </message>
    <message>
        <source>NumPy could not compute this: {detail}</source>
        <translation>NumPy نتوانست این را محاسبه کند: {detail}</translation>
    </message>
    <message>
        <source>Type an expression, for example {example}.</source>
        <translation>یک عبارت بنویسید، مثلاً {example}.</translation>
    </message>
    <message>
        <source>The expression is too long ({length} characters; the limit is {limit}).</source>
        <translation>عبارت بیش از حد طولانی است ({length} نویسه؛ حداکثر {limit} نویسه مجاز است).</translation>
    </message>
    <message>
        <source>This is not a valid expression: the problem is near character {column}. Check the brackets, commas and operators.</source>
        <translation>این عبارت معتبر نیست: اشکال نزدیک نویسه {column} است. پرانتزها، کروشه‌ها، ویرگول‌ها و عملگرها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Type one expression or one assignment at a time, like {example}.</source>
        <translation>هر بار فقط یک عبارت یا یک انتساب بنویسید، مثل {example}.</translation>
    </message>
    <message>
        <source>The expression is nested too deeply or has too many parts; split it into smaller steps with names.</source>
        <translation>این عبارت بیش از حد تودرتوست یا بخش‌های زیادی دارد؛ آن را به چند گام کوچک‌تر بشکنید و به نتیجه هر گام یک نام بدهید.</translation>
    </message>
    <message>
        <source>{name} is a collection of functions; pick one, like {example}.</source>
        <translation>{name} مجموعه‌ای از تابع‌هاست؛ یکی از آن‌ها را انتخاب کنید، مثل {example}.</translation>
    </message>
    <message>
        <source>{name} is a function: call it with its arguments in brackets, like {example}.</source>
        <translation>{name} یک تابع است: آن را با آرگومان‌هایش داخل پرانتز فراخوانی کنید، مثل {example}.</translation>
    </message>
    <message>
        <source>Only tensors and numbers can be given a name.</source>
        <translation>فقط به تنسورها و عددها می‌توان نام داد.</translation>
    </message>
    <message>
        <source>Importing is not possible here; NumPy is already available as {np}.</source>
        <translation>وارد کردن ماژول اینجا ممکن نیست؛ NumPy از قبل با نام {np} در دسترس است.</translation>
    </message>
    <message>
        <source>You can give a result a name ({example}), but not change part of a tensor or several names at once.</source>
        <translation>می‌توانید به یک نتیجه نام بدهید ({example})، اما نمی‌توانید بخشی از یک تنسور را تغییر دهید یا چند نام را با هم مقدار بدهید.</translation>
    </message>
    <message>
        <source>The name {name} cannot be used; pick another one, like {first} or {second}.</source>
        <translation>از نام {name} نمی‌توان استفاده کرد؛ نام دیگری انتخاب کنید، مثل {first} یا {second}.</translation>
    </message>
    <message>
        <source>{what} is not available in the explorer: use names, numbers, slices, operators and {np} functions.</source>
        <translation>{what} در کاوشگر در دسترس نیست: از نام‌ها، عددها، برش‌ها، عملگرها و تابع‌های {np} استفاده کنید.</translation>
    </message>
    <message>
        <source>Text in quotes is only used for number types, like {example}.</source>
        <translation>متن داخل گیومه فقط برای نام نوع‌های عددی به کار می‌رود، مثل {example}.</translation>
    </message>
    <message>
        <source>Bytes are not available in the explorer.</source>
        <translation>بایت‌ها (bytes) در کاوشگر در دسترس نیستند.</translation>
    </message>
    <message>
        <source>{name} is part of Python, not of the explorer: only tensors, {np} and {builtins} are available.</source>
        <translation>{name} بخشی از خود پایتون است، نه کاوشگر: فقط تنسورها، {np} و {builtins} در دسترس‌اند.</translation>
    </message>
    <message>
        <source>There is no tensor called {name}. Did you mean {suggestions}?</source>
        <translation>تنسوری با نام {name} وجود ندارد. منظورتان {suggestions} بود؟</translation>
    </message>
    <message>
        <source>There is no tensor called {name}. Give it a value first, like {example}.</source>
        <translation>تنسوری با نام {name} وجود ندارد. اول به آن مقدار بدهید، مثل {example}.</translation>
    </message>
    <message>
        <source>{name} is not available in the explorer.</source>
        <translation>{name} در کاوشگر در دسترس نیست.</translation>
    </message>
    <message>
        <source>{name} is not available. Tensors offer {attributes} and the methods {methods}.</source>
        <translation>{name} در دسترس نیست. تنسورها ویژگی‌های {attributes} و متدهای {methods} را دارند.</translation>
    </message>
    <message>
        <source>{name} cannot be called.</source>
        <translation>{name} را نمی‌توان فراخوانی کرد.</translation>
    </message>
    <message>
        <source>{label} cannot be indexed with {brackets}: only tensors and shapes can.</source>
        <translation>{label} را نمی‌توان با {brackets} اندیس‌گذاری کرد: این کار فقط برای تنسورها و شکل‌ها ممکن است.</translation>
    </message>
    <message>
        <source>A slice step cannot be 0.</source>
        <translation>گام برش نمی‌تواند 0 باشد.</translation>
    </message>
    <message>
        <source>Compare one pair at a time, like {example}.</source>
        <translation>هر بار فقط یک جفت را مقایسه کنید، مثل {example}.</translation>
    </message>
    <message>
        <source>The operators {left} and {right} are not available in the explorer.</source>
        <translation>عملگرهای {left} و {right} در کاوشگر در دسترس نیستند.</translation>
    </message>
    <message>
        <source>{op} on Python lists or tuples is not available; make a tensor first, like {example}.</source>
        <translation>{op} روی فهرست‌ها (list) یا چندتایی‌های (tuple) پایتون در دسترس نیست؛ اول یک تنسور بسازید، مثل {example}.</translation>
    </message>
    <message>
        <source>Names starting with {underscore} (like {name}) belong to Python&apos;s machinery and are not available here.</source>
        <translation>نام‌هایی که با {underscore} شروع می‌شوند (مثل {name}) به سازوکار درونی پایتون تعلق دارند و اینجا در دسترس نیستند.</translation>
    </message>
    <message>
        <source>{op} works on tensors and numbers; {label} is neither.</source>
        <translation>{op} روی تنسورها و عددها کار می‌کند؛ {label} نه تنسور است و نه عدد.</translation>
    </message>
    <message>
        <source>That number would have more than {bits} binary digits; the explorer refuses numbers that large.</source>
        <translation>این عدد بیش از {bits} رقم دودویی پیدا می‌کرد؛ کاوشگر عددهایی به این بزرگی را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>That result is not made of numbers.</source>
        <translation>این نتیجه از عدد تشکیل نشده است.</translation>
    </message>
    <message>
        <source>Positions are whole numbers; {label} is not one.</source>
        <translation>مکان‌ها (اندیس‌ها) عدد صحیح‌اند؛ {label} عدد صحیح نیست.</translation>
    </message>
    <message>
        <source>Attribute: {name}</source>
        <translation>ویژگی: {name}</translation>
    </message>
    <message>
        <source>{label} has no axes: it is a scalar, a 0D tensor holding one number; its rank, {attribute}, is the integer 0.</source>
        <translation>{label} هیچ محوری ندارد: یک اسکالر است، یعنی تنسوری صفربعدی که فقط یک عدد را نگه می‌دارد؛ رتبهٔ آن، {attribute}، عدد صحیح 0 است.</translation>
    </message>
    <message numerus="yes">
        <source>{label} has %n axes, so it is a {ndim}D tensor: {attribute}, its rank, is this number of axes, an integer; it is also the number of sizes in its shape {shape}.</source>
        <translation>
            <numerusform>تنسور {label} دارای %n محور است، پس یک تنسور {ndim} بعدی است: {attribute}، یعنی رتبهٔ آن، همین تعداد محورهاست و یک عدد صحیح است؛ همان تعداد اندازه‌ها در شکل آن، یعنی {shape}، هم هست.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shape, a tuple of integers, lists how many entries {label} has along each of its %n axes.</source>
        <translation>
            <numerusform>شکل، که یک چندتایی از عددهای صحیح است، نشان می‌دهد {label} در امتداد هر یک از %n محورش چند عنصر دارد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axis {axis}: %n entries.</source>
        <translation>
            <numerusform>محور {axis}: %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry of {label} is stored as {dtype} (bytes per entry: {size}).</source>
        <translation>هر عنصر {label} به‌صورت {dtype} ذخیره می‌شود (تعداد بایت هر عنصر: {size}).</translation>
    </message>
    <message>
        <source>{dtype} holds whole numbers from {low} to {high}.</source>
        <translation>{dtype} عددهای صحیح از {low} تا {high} را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>{dtype} holds numbers with a fractional part, to about {digits} significant digits.</source>
        <translation>{dtype} عددهای اعشاری را با دقت حدود {digits} رقم معنادار نگه می‌دارد.</translation>
    </message>
    <message numerus="yes">
        <source>{label} holds %n entries: the product of the sizes in its shape {shape}.</source>
        <translation>
            <numerusform>تنسور {label} دارای %n عنصر است: حاصل‌ضرب اندازه‌های شکل آن، یعنی {shape}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every entry takes %n bytes.</source>
        <translation>
            <numerusform>هر عنصر %n بایت جا می‌گیرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All of them take %n bytes: the number of entries times the bytes per entry.</source>
        <translation>
            <numerusform>همه عنصرها روی هم %n بایت جا می‌گیرند: تعداد عنصرها ضرب در تعداد بایت هر عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vector data</source>
        <translation>داده‌های برداری</translation>
    </message>
    <message>
        <source>100,000 people: age, postcode, income</source>
        <translation>100,000 نفر: سن، کد پستی، درآمد</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>سری زمانی</translation>
    </message>
    <message>
        <source>250 trading days, 390 minutes each: price, high, low</source>
        <translation>250 روز معاملاتی، هر روز 390 دقیقه: قیمت، بالاترین قیمت، پایین‌ترین قیمت</translation>
    </message>
    <message>
        <source>Images, channels-last</source>
        <translation>تصویرها، کانال‌ها در آخر (channels-last)</translation>
    </message>
    <message>
        <source>a batch of 128 colour images, {size} pixels</source>
        <translation>یک دسته 128تایی از تصویرهای رنگی، {size} پیکسل</translation>
    </message>
    <message>
        <source>Images, channels-first</source>
        <translation>تصویرها، کانال‌ها در اول (channels-first)</translation>
    </message>
    <message>
        <source>the same batch with the colour axis second</source>
        <translation>همان دسته، با محور رنگ در جایگاه دوم</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدئو</translation>
    </message>
    <message>
        <source>4 clips of 240 frames, {size} pixels, colour</source>
        <translation>4 کلیپ 240فریمی، {size} پیکسل، رنگی</translation>
    </message>
    <message>
        <source>The arguments do not fit {name}; it takes {parameters}.</source>
        <translation>آرگومان‌ها با {name} جور نیستند؛ این تابع {parameters} را می‌گیرد.</translation>
    </message>
    <message>
        <source>{what} must be numbers: a tensor, a number, or a list of numbers of the same length.</source>
        <translation>{what} باید عدد باشد: یک تنسور، یک عدد، یا فهرستی از عددها با طول‌های یکسان.</translation>
    </message>
    <message>
        <source>Not a number type; use one of {names}.</source>
        <translation>این یک نوع عددی نیست؛ یکی از {names} را به کار ببرید.</translation>
    </message>
    <message>
        <source>{what} must be a single number.</source>
        <translation>{what} باید فقط یک عدد باشد.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, or a tuple of them.</source>
        <translation>{what} باید یک عدد صحیح یا یک چندتایی (tuple) از عددهای صحیح باشد.</translation>
    </message>
    <message>
        <source>Element-wise {op}</source>
        <translation>{op} عنصربه‌عنصر</translation>
    </message>
    <message numerus="yes">
        <source>{op} is applied to each of the %n entries on its own, so the shape {shape} stays.</source>
        <translation>
            <numerusform>عملیات {op} روی هر یک از %n عنصر جداگانه اعمال می‌شود، پس شکل {shape} تغییر نمی‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>NumPy has no fast matrix routine for {dtype}: convert first, like {example}.</source>
        <translation>در NumPy برای {dtype} روال سریعی برای ضرب ماتریسی وجود ندارد: اول نوع عددی را تبدیل کنید، مثلاً با {example}.</translation>
    </message>
    <message>
        <source>{name} of tensors with more than two axes pairs every matrix of one with every matrix of the other, without the fast routines; for a batch of matrices use {example}.</source>
        <translation>تابع {name} روی تنسورهایی با بیش از دو محور، هر ماتریس یکی را با تک‌تک ماتریس‌های دیگری جفت می‌کند، آن هم بدون روال‌های سریع؛ برای یک دسته از ماتریس‌ها از {example} استفاده کنید.</translation>
    </message>
    <message>
        <source>Tensor product: {name}</source>
        <translation>ضرب تنسوری: {name}</translation>
    </message>
    <message>
        <source>Every one of the {n} entries is multiplied by every one of the {m}: the result has shape {shape}.</source>
        <translation>هر یک از {n} عنصر در هر یک از {m} عنصر دیگر ضرب می‌شود: شکل نتیجه {shape} است.</translation>
    </message>
    <message>
        <source>{name} of an empty tensor has no answer.</source>
        <translation>{name} برای یک تنسور خالی جوابی ندارد.</translation>
    </message>
    <message>
        <source>A new shape must be whole numbers, like {example}.</source>
        <translation>شکل جدید باید از عددهای صحیح تشکیل شده باشد، مثل {example}.</translation>
    </message>
    <message>
        <source>The new axis must be between {low} and {high}.</source>
        <translation>محور جدید باید بین {low} و {high} باشد.</translation>
    </message>
    <message>
        <source>Only axes of length 1 can be squeezed away; axis {axis} has length {size}.</source>
        <translation>فقط محورهای به طول 1 را می‌توان فشرد و حذف کرد؛ طول محور {axis} برابر {size} است.</translation>
    </message>
    <message>
        <source>{name} takes the whole shape as one tuple, in its own brackets: {example}. (The second argument is the number type, like {dtype}.)</source>
        <translation>تابع {name} کل شکل را به‌صورت یک چندتایی (tuple) و داخل پرانتزهای خودش می‌گیرد: {example}. (آرگومان دوم نوع عددی است، مثل {dtype}.)</translation>
    </message>
    <message>
        <source>{name} needs a step that is not 0.</source>
        <translation>{name} به گامی غیر از 0 نیاز دارد.</translation>
    </message>
    <message>
        <source>{name} takes numbers: a number, a list of numbers or a list of equally long lists.</source>
        <translation>{name} فقط عدد می‌گیرد: یک عدد، فهرستی از عددها، یا فهرستی از فهرست‌های هم‌طول.</translation>
    </message>
    <message>
        <source>{name} joins a list of tensors, like ({example}).</source>
        <translation>{name} فهرستی از تنسورها را به هم می‌چسباند، مثل ({example}).</translation>
    </message>
    <message>
        <source>{name} needs {condition}.</source>
        <translation>{name} نیاز دارد که {condition} باشد.</translation>
    </message>
    <message>
        <source>Round to a whole number of decimals between {low} and {high}.</source>
        <translation>تعداد رقم‌های اعشار برای گرد کردن باید عددی صحیح بین {low} و {high} باشد.</translation>
    </message>
    <message>
        <source>Changing the number type</source>
        <translation>تغییر نوع عددی</translation>
    </message>
    <message>
        <source>Every entry is converted from {old} to {new}; the shape {shape} stays.</source>
        <translation>هر عنصر از {old} به {new} تبدیل می‌شود؛ شکل {shape} تغییر نمی‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>An entry of {dtype} takes %n bytes.</source>
        <translation>
            <numerusform>هر عنصر از نوع {dtype}، %n بایت جا می‌گیرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>{call} needs a tensor with exactly one entry; this one has {count}.</source>
        <translation>{call} به تنسوری با دقیقاً یک عنصر نیاز دارد؛ این تنسور {count} عنصر دارد.</translation>
    </message>
    <message>
        <source>A Python list of {count:,} numbers is too long to show; the limit is {limit:,}.</source>
        <translation>یک فهرست پایتون با {count:,} عدد برای نمایش بیش از حد طولانی است؛ حداکثر {limit:,} عدد مجاز است.</translation>
    </message>
    <message>
        <source>A single number (0D tensor) has no length; {call} counts the entries along axis 0.</source>
        <translation>یک عدد تنها (تنسور صفربعدی) طول ندارد؛ {call} عنصرهای امتداد محور 0 را می‌شمارد.</translation>
    </message>
    <message>
        <source>Only a tensor with one entry can become a single number; this one has {count}.</source>
        <translation>فقط تنسوری که یک عنصر دارد می‌تواند به یک عدد تنها تبدیل شود؛ این تنسور {count} عنصر دارد.</translation>
    </message>
    <message>
        <source>{op} works entry by entry, {formula}: negative entries become 0, the others stay; the shape stays {shape}.</source>
        <translation>{op} عنصربه‌عنصر کار می‌کند، یعنی {formula}: عنصرهای منفی 0 می‌شوند و بقیه همان می‌مانند؛ شکل همان {shape} می‌ماند.</translation>
    </message>
    <message>
        <source>{op} needs a tensor of scores with at least one axis, like {example}.</source>
        <translation>{op} به تنسوری از امتیازها با دست‌کم یک محور نیاز دارد، مثل {example}.</translation>
    </message>
    <message numerus="yes">
        <source>{op} turns each row of %n scores into probabilities that add up to 1 ({formula}); the shape stays {shape}.</source>
        <translation>
            <numerusform>{op} هر سطر از %n امتیاز را به احتمال‌هایی تبدیل می‌کند که جمعشان 1 است ({formula})؛ شکل همان {shape} می‌ماند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row by row: {op}</source>
        <translation>سطر به سطر: {op}</translation>
    </message>
    <message>
        <source>{what} would have {count:,} elements; the explorer stops at {limit:,} so that your computer stays responsive. Try smaller sizes.</source>
        <translation>{what} دارای {count:,} عنصر می‌شد؛ کاوشگر در {limit:,} متوقف می‌شود تا رایانه شما پاسخ‌گو بماند. اندازه‌های کوچک‌تری را امتحان کنید.</translation>
    </message>
    <message>
        <source>{what} would take {size:,} MB ({count:,} entries of {dtype}); the explorer stops at {limit:,} MB so that your computer stays responsive. Try smaller sizes or a smaller number type.</source>
        <translation>نتیجه {what} به {size:,} مگابایت حافظه نیاز پیدا می‌کرد ({count:,} عنصر از نوع {dtype})؛ کاوشگر در {limit:,} مگابایت متوقف می‌شود تا رایانه شما پاسخ‌گو بماند. اندازه‌های کوچک‌تر یا نوع عددی کوچک‌تری را امتحان کنید.</translation>
    </message>
    <message>
        <source>With {what} this expression would hold {total:,} MB of results at once; the explorer stops at {limit:,} MB. Split it into steps and give each step a name, like {example}.</source>
        <translation>با {what}، این عبارت هم‌زمان {total:,} مگابایت نتیجه را در حافظه نگه می‌داشت؛ کاوشگر در {limit:,} مگابایت متوقف می‌شود. محاسبه را به چند گام بشکنید و به نتیجه هر گام یک نام بدهید، مثل {example}.</translation>
    </message>
    <message>
        <source>{what} would take about {seconds:,.0f} seconds; the explorer stops at {limit:n} seconds so that your computer stays responsive. {hint}</source>
        <translation>محاسبه {what} حدود {seconds:,.0f} ثانیه طول می‌کشید؛ کاوشگر در {limit:n} ثانیه متوقف می‌شود تا رایانه شما پاسخ‌گو بماند. {hint}</translation>
    </message>
    <message>
        <source>Try smaller sizes.</source>
        <translation>اندازه‌های کوچک‌تری را امتحان کنید.</translation>
    </message>
    <message>
        <source>The shape of {what} must be whole numbers, like {example}.</source>
        <translation>شکل {what} باید از عددهای صحیح تشکیل شده باشد، مثل {example}.</translation>
    </message>
    <message>
        <source>The shape {shape} has a negative size; sizes count entries, so they are 0 or more.</source>
        <translation>شکل {shape} یک اندازه منفی دارد؛ اندازه‌ها تعداد عنصرها را می‌شمارند، پس 0 یا بیشترند.</translation>
    </message>
    <message>
        <source>All operands have the shape {shape}: {op} is applied to each pair of entries, and the result has that shape too.</source>
        <translation>همه عملوندها شکل {shape} دارند: {op} روی هر جفت عنصر متناظر اعمال می‌شود و نتیجه هم همین شکل را دارد.</translation>
    </message>
    <message>
        <source>{names} is a single number: it is combined with every entry of the other operand.</source>
        <translation>{names} یک عدد تنهاست: با تک‌تک عنصرهای عملوند دیگر ترکیب می‌شود.</translation>
    </message>
    <message>
        <source>Broadcasting: {op}</source>
        <translation>پخش (broadcasting): {op}</translation>
    </message>
    <message>
        <source>Write the shapes one above the other, aligned from the right, so that the last axes line up.</source>
        <translation>شکل‌ها را زیر هم بنویسید و از سمت راست هم‌ترازشان کنید تا محورهای آخر زیر هم قرار بگیرند.</translation>
    </message>
    <message>
        <source>The shapes {shapes} cannot be broadcast for {op}: on axis {axis} the sizes differ and none of them is 1.</source>
        <translation>شکل‌های {shapes} را نمی‌توان برای {op} پخش کرد: در محور {axis} اندازه‌ها با هم فرق دارند و هیچ‌کدام 1 نیست.</translation>
    </message>
    <message>
        <source>Result shape: {shape}.</source>
        <translation>شکل نتیجه: {shape}.</translation>
    </message>
    <message>
        <source>Axis {axis}: the sizes {sizes} differ and none of them is 1, so they clash.</source>
        <translation>محور {axis}: اندازه‌های {sizes} با هم فرق دارند و هیچ‌کدام 1 نیست، پس با هم ناسازگارند.</translation>
    </message>
    <message>
        <source>Axis {axis}: {names} has no axis here; one of size 1 is added and stretched to {size}.</source>
        <translation>محور {axis}: {names} در این جایگاه محوری ندارد؛ یک محور به اندازه 1 اضافه می‌شود و تا {size} کشیده می‌شود.</translation>
    </message>
    <message>
        <source>Axis {axis}: {names} has size 1 here and is stretched (repeated) to {size}.</source>
        <translation>محور {axis}: اندازه {names} در اینجا 1 است و تا {size} کشیده (تکرار) می‌شود.</translation>
    </message>
    <message>
        <source>Axis {axis}: all sizes are {size}, they agree.</source>
        <translation>محور {axis}: همه اندازه‌ها {size} هستند، پس با هم سازگارند.</translation>
    </message>
    <message>
        <source>{label} is a single number, so the product just multiplies every entry by it: the shape stays {shape}.</source>
        <translation>{label} یک عدد تنهاست، پس ضرب فقط هر عنصر را در آن ضرب می‌کند: شکل همان {shape} می‌ماند.</translation>
    </message>
    <message>
        <source>The inner sizes must agree: the last axis of {a_label} is {n} long and axis {axis} of {b_label} is {m} long.</source>
        <translation>اندازه‌های داخلی باید برابر باشند: محور آخر {a_label} به طول {n} است و محور {axis} از {b_label} به طول {m}.</translation>
    </message>
    <message>
        <source>{name} cannot multiply {a} by {b}: the inner sizes {n} and {m} differ. The rule is {rule}.</source>
        <translation>{name} نمی‌تواند {a} را در {b} ضرب کند: اندازه‌های داخلی {n} و {m} با هم فرق دارند. قاعده این است: {rule}.</translation>
    </message>
    <message>
        <source>In {rule} both sizes {b} must be the same number; here they are {n} and {m}.</source>
        <translation>در {rule} هر دو اندازه {b} باید یک عدد باشند؛ اینجا {n} و {m} هستند.</translation>
    </message>
    <message>
        <source>{product}: the {n} products along the inner axis are added up, so that axis disappears; the outer axes remain.</source>
        <translation>{product}: {n} حاصل‌ضرب در امتداد محور داخلی با هم جمع می‌شوند، پس آن محور از بین می‌رود؛ محورهای بیرونی باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Two vectors: {rule} is one number, the sum of the entry-wise products.</source>
        <translation>دو بردار: {rule} یک عدد است، یعنی مجموع حاصل‌ضرب‌های عنصربه‌عنصر.</translation>
    </message>
    <message>
        <source>Rule: {rule}, here {sizes}.</source>
        <translation>قاعده: {rule}، که اینجا {sizes} است.</translation>
    </message>
    <message>
        <source>Matrix times vector: {rule}: each of the {a} rows is dotted with the vector.</source>
        <translation>ماتریس ضرب در بردار: {rule}: هر یک از {a} سطر با بردار ضرب نقطه‌ای می‌شود.</translation>
    </message>
    <message>
        <source>In general {name} pairs the last axis of the first tensor with the second-to-last axis of the second (its only axis if it is a vector).</source>
        <translation>در حالت کلی، {name} محور آخر تنسور اول را با محور یکی‌مانده‌به‌آخر تنسور دوم جفت می‌کند (یا با تنها محور آن، اگر بردار باشد).</translation>
    </message>
    <message>
        <source>{name} multiplies matrices and vectors, not single numbers; use {times} to scale a tensor.</source>
        <translation>{name} ماتریس‌ها و بردارها را ضرب می‌کند، نه عددهای تنها را؛ برای ضرب یک تنسور در یک عدد از {times} استفاده کنید.</translation>
    </message>
    <message>
        <source>{name} treats the last two axes as matrices and broadcasts the leading axes: {product}.</source>
        <translation>{name} دو محور آخر را ماتریس در نظر می‌گیرد و محورهای ابتدایی را پخش می‌کند: {product}.</translation>
    </message>
    <message>
        <source>Reshaping {label}</source>
        <translation>تغییر شکل {label}</translation>
    </message>
    <message>
        <source>A new shape may contain at most one {minus_one} (meaning: work this size out) and no other negative sizes.</source>
        <translation>شکل جدید حداکثر یک {minus_one} می‌تواند داشته باشد (به معنای «این اندازه را خودت حساب کن») و هیچ اندازه منفی دیگری نباید داشته باشد.</translation>
    </message>
    <message>
        <source>Cannot reshape {shape} ({count} elements) into {new}: {count} is not a multiple of {known}.</source>
        <translation>نمی‌توان شکل {shape} ({count} عنصر) را به {new} تغییر داد: {count} مضربی از {known} نیست.</translation>
    </message>
    <message>
        <source>The {minus_one} is worked out from the others: {division}.</source>
        <translation>مقدار {minus_one} از روی بقیه اندازه‌ها حساب می‌شود: {division}.</translation>
    </message>
    <message>
        <source>Cannot reshape {shape} into {new}: {shape} holds {count} elements but {new} holds {new_count}. Reshaping only regroups the elements, so the counts must be equal.</source>
        <translation>نمی‌توان شکل {shape} را به {new} تغییر داد: {shape} دارای {count} عنصر است اما {new} دارای {new_count} عنصر. تغییر شکل فقط عنصرها را دوباره گروه‌بندی می‌کند، پس تعدادشان باید برابر باشد.</translation>
    </message>
    <message>
        <source>{shape} and {new} both hold {count} elements: reshaping keeps the elements and their order, only the grouping into axes changes.</source>
        <translation>{shape} و {new} هر دو {count} عنصر دارند: تغییر شکل، عنصرها و ترتیبشان را حفظ می‌کند و فقط نحوه گروه‌بندی آن‌ها در محورها عوض می‌شود.</translation>
    </message>
    <message>
        <source>Transposing {label}</source>
        <translation>ترانهاده {label}</translation>
    </message>
    <message numerus="yes">
        <source>The axes {axes} are not a reordering of the %n axes of {label} (0 to {last}).</source>
        <translation>
            <numerusform>محورهای {axes} ترتیب تازه‌ای از %n محور {label} (از 0 تا {last}) نیستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} combines all %n entries of {label} into one number.</source>
        <translation>
            <numerusform>تابع {name} همه %n عنصر {label} را در یک عدد ترکیب می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axis {axis} does not exist: {label} has %n axes, numbered 0 to {last}.</source>
        <translation>
            <numerusform>محور {axis} وجود ندارد: {label} دارای %n محور است که از 0 تا {last} شماره‌گذاری شده‌اند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} along axis {axis} combines its %n entries into one, so that axis disappears.</source>
        <translation>
            <numerusform>تابع {name} در امتداد محور {axis}، %n عنصر این محور را در یک عنصر ترکیب می‌کند، پس این محور از بین می‌رود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shape {shape} asks for %n axes; the number of entries is the product of the sizes: {count:,}.</source>
        <translation>
            <numerusform>شکل {shape} یعنی %n محور؛ تعداد عنصرها حاصل‌ضرب اندازه‌هاست: {count:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} has fewer than two axes, so transposing changes nothing: {shape}.</source>
        <translation>{label} کمتر از دو محور دارد، پس ترانهاده چیزی را تغییر نمی‌دهد: {shape}.</translation>
    </message>
    <message>
        <source>Transposing exchanges rows and columns: entry {entry} moves to {moved}, so {shape} becomes {result}.</source>
        <translation>ترانهاده جای سطرها و ستون‌ها را عوض می‌کند: عنصر {entry} به {moved} می‌رود، پس {shape} به {result} تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>New axis {new} is old axis {old} ({size} long).</source>
        <translation>محور جدید {new} همان محور قدیم {old} است (به طول {size}).</translation>
    </message>
    <message>
        <source>The axes are reordered: {change}.</source>
        <translation>ترتیب محورها عوض می‌شود: {change}.</translation>
    </message>
    <message>
        <source>Reduction: {name}</source>
        <translation>کاهش (reduction): {name}</translation>
    </message>
    <message>
        <source>{keepdims} keeps it as an axis of length 1.</source>
        <translation>{keepdims} آن را به‌صورت محوری به طول 1 نگه می‌دارد.</translation>
    </message>
    <message>
        <source>{change}.</source>
        <translation>{change}.</translation>
    </message>
    <message>
        <source>Creating a tensor: {name}</source>
        <translation>ساختن یک تنسور: {name}</translation>
    </message>
    <message>
        <source>Slicing {label}</source>
        <translation>برش‌زدن {label}</translation>
    </message>
    <message>
        <source>{code} inserts a new axis of length 1.</source>
        <translation>{code} یک محور جدید به طول 1 اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Result shape: {shape}, a {ndim}D tensor.</source>
        <translation>شکل نتیجه: {shape}، یک تنسور {ndim} بعدی.</translation>
    </message>
    <message numerus="yes">
        <source>Too many indices: {label} has %n axes, but the index names {used}.</source>
        <translation>
            <numerusform>تعداد اندیس‌ها زیاد است: {label} دارای %n محور است، اما اندیس به {used} محور اشاره می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>An index may contain {ellipsis} only once.</source>
        <translation>یک اندیس فقط یک بار می‌تواند {ellipsis} داشته باشد.</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps all of it.</source>
        <translation>محور {axis} (به طول {size}): {code} همه آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps nothing, so it becomes 0 long.</source>
        <translation>محور {axis} (به طول {size}): {code} هیچ چیزی را نگه نمی‌دارد، پس طولش 0 می‌شود.</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): {code} keeps positions {positions}, so it becomes {length} long.</source>
        <translation>محور {axis} (به طول {size}): {code} مکان‌های {positions} را نگه می‌دارد، پس طولش {length} می‌شود.</translation>
    </message>
    <message>
        <source>Index {index} is out of range: axis {axis} of {label} has {size} positions, 0 to {last} (or {first} to {minus_one} from the end).</source>
        <translation>اندیس {index} خارج از محدوده است: محور {axis} از {label} دارای {size} مکان است، از 0 تا {last} (یا از انتها، از {first} تا {minus_one}).</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): the single index {code} picks position {position}, so this axis disappears.</source>
        <translation>محور {axis} (به طول {size}): اندیس تکی {code} مکان {position} را برمی‌دارد، پس این محور از بین می‌رود.</translation>
    </message>
    <message>
        <source>The mask has shape {mask} but axes {axis} onwards of {label} have shape {sizes}; a mask must match them exactly.</source>
        <translation>ماسک شکل {mask} دارد، اما محورهای {label} از محور {axis} به بعد شکل {sizes} دارند؛ ماسک باید دقیقاً با آن‌ها جور باشد.</translation>
    </message>
    <message>
        <source>The mask of shape {mask} keeps the {count} positions where it is {true}.</source>
        <translation>ماسک با شکل {mask}، آن {count} مکانی را نگه می‌دارد که در آن‌ها مقدارش {true} است.</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long): an index array of shape {shape} picks {count} positions.</source>
        <translation>محور {axis} (به طول {size}): یک آرایه اندیس با شکل {shape}، {count} مکان را برمی‌دارد.</translation>
    </message>
    <message>
        <source>Axis {axis} ({size} long) is not indexed, so it is kept whole.</source>
        <translation>محور {axis} (به طول {size}) اندیس‌گذاری نشده است، پس کامل نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Axes {first} to {last} are not indexed, so they are kept whole: {sizes}.</source>
        <translation>محورهای {first} تا {last} اندیس‌گذاری نشده‌اند، پس کامل نگه داشته می‌شوند: {sizes}.</translation>
    </message>
    <message>
        <source>The index arrays used on {label} have shapes that cannot be broadcast together.</source>
        <translation>آرایه‌های اندیسی که روی {label} به کار رفته‌اند شکل‌هایی دارند که نمی‌توان آن‌ها را با هم پخش کرد.</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>محور</translation>
    </message>
    <message>
        <source>result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>{name} is part of the MNIST data set, which is not loaded yet: press “Load MNIST” below the workspace.</source>
        <translation>{name} بخشی از مجموعه داده MNIST است که هنوز بارگذاری نشده است: دکمه «بارگذاری MNIST» را در زیر فضای کار بزنید.</translation>
    </message>
    <message>
        <source>Something went wrong while computing this: {detail}</source>
        <translation>هنگام محاسبه این عبارت خطایی پیش آمد: {detail}</translation>
    </message>
    <message>
        <source>Your tensors would take more than {limit} together; remove some first (select one in the workspace and press Delete).</source>
        <translation>تنسورهای شما روی هم بیش از {limit} جا می‌گیرند؛ اول چندتایشان را حذف کنید (یکی را در فضای کار انتخاب کنید و Delete را بزنید).</translation>
    </message>
    <message>
        <source>{keyword} starts a block of Python code; the explorer takes one expression at a time. The lecture&apos;s naive loops ({loops}) are in the Vectorisation tab, timed against NumPy.</source>
        <translation>کلیدواژه {keyword} یک بلوک کد پایتون را شروع می‌کند؛ کاوشگر هر بار فقط یک عبارت می‌گیرد. حلقه‌های ساده درس ({loops}) در زبانه «برداری‌سازی» هستند و زمانشان در برابر NumPy اندازه‌گیری می‌شود.</translation>
    </message>
    <message>
        <source>{np} is already there: NumPy is available as {np}.</source>
        <translation>نام {np} از قبل تعریف شده است: NumPy با نام {np} در دسترس است.</translation>
    </message>
    <message>
        <source>Keras is not part of the explorer, but its layers are: type a line like {example} to see its weight shapes.</source>
        <translation>کتابخانه Keras بخشی از کاوشگر نیست، اما لایه‌هایش هستند: سطری مثل {example} بنویسید تا شکل وزن‌های آن لایه را ببینید.</translation>
    </message>
    <message>
        <source>A Dense layer needs its number of units first, a whole number, like {example}.</source>
        <translation>آرگومان اول یک لایه Dense باید تعداد واحدهای آن باشد، یک عدد صحیح، مثل {example}.</translation>
    </message>
    <message>
        <source>A Dense layer of {units} units</source>
        <translation>یک لایه Dense با {units} واحد</translation>
    </message>
    <message>
        <source>Its weights {w} have shape {kernel} and its bias {b} shape {bias}; the number of inputs comes from the layer before it, or from {example} on the first layer.</source>
        <translation>وزن‌های {w} آن شکل {kernel} دارند و بایاس {b} آن شکل {bias}؛ تعداد ورودی‌ها از لایه قبلی می‌آید، یا در لایه اول از {example}.</translation>
    </message>
    <message>
        <source>A Dense layer with {units} units: {b} has shape {bias}.</source>
        <translation>یک لایه Dense با {units} واحد: شکل {b} برابر {bias} است.</translation>
    </message>
    <message>
        <source>A Dense layer: {formula}</source>
        <translation>یک لایه Dense: {formula}</translation>
    </message>
    <message>
        <source>{argument} means every sample has {inputs} numbers, so {w} has shape {kernel} and {b} has shape {bias}: {count:,} numbers to learn.</source>
        <translation>عبارت {argument} یعنی هر نمونه {inputs} عدد دارد، پس {w} شکل {kernel} و {b} شکل {bias} دارد: {count:,} عدد برای یادگیری.</translation>
    </message>
    <message>
        <source>For a batch of {batch} samples: {product}, then {plus_bias}; {activation} keeps the shape.</source>
        <translation>برای یک دسته از {batch} نمونه: {product}، سپس {plus_bias}؛ {activation} شکل را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>The explorer has no Keras: in the workspace, {w} and {b} are these weights of the current network. Try {example}.</source>
        <translation>کاوشگر Keras ندارد: در فضای کار، {w} و {b} همین وزن‌ها در شبکه فعلی‌اند. {example} را امتحان کنید.</translation>
    </message>
    <message>
        <source>This Dense layer has weights {w} of shape {kernel} and a bias {b} of shape {bias}.</source>
        <translation>این لایه Dense وزن‌های {w} با شکل {kernel} و بایاس {b} با شکل {bias} دارد.</translation>
    </message>
    <message>
        <source>{name}: a batch of {count} MNIST images (batch {batch}, images {first} to {last}), each flattened to 784 numbers between 0 and 1 as the lecture prepares them: shape {shape}.</source>
        <translation>{name}: یک دسته از {count} تصویر MNIST (دستهٔ {batch}، تصویرهای {first} تا {last})، که هر کدام، همان‌طور که در درس آماده می‌شود، به 784 عدد بین 0 و 1 تخت شده است: شکل {shape}.</translation>
    </message>
    <message>
        <source>{name}: the weights of the first layer ({layer_name}): shape {shape}, one column of {inputs} weights for each of its {units} units.</source>
        <translation>{name}: وزن‌های لایهٔ اول ({layer_name}): شکل {shape}، برای هر یک از {units} واحد آن یک ستون از {inputs} وزن.</translation>
    </message>
    <message>
        <source>{name}: the biases of the first layer ({layer_name}): shape {shape}, one for each unit. (On its own, without {input} or {weights}, {name} is the slides&apos; vector {vector}.)</source>
        <translation>{name}: بایاس‌های لایهٔ اول ({layer_name}): شکل {shape}، برای هر واحد یکی. (به‌تنهایی، بدون {input} یا {weights}، {name} همان بردار {vector} اسلایدهاست.)</translation>
    </message>
    <message>
        <source>The slide&apos;s names: {formula}</source>
        <translation>نام‌های اسلاید: {formula}</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>The loss goes down smoothly</source>
        <translation>زیان به‌آرامی پایین می‌آید</translation>
    </message>
    <message>
        <source>The loss oscillates</source>
        <translation>زیان نوسان می‌کند</translation>
    </message>
    <message>
        <source>The loss diverges (blows up)</source>
        <translation>زیان واگرا می‌شود (منفجر می‌شود)</translation>
    </message>
    <message>
        <source>Your prediction, e.g. {0}</source>
        <translation>پیش‌بینی شما، مثلاً {0}</translation>
    </message>
    <message>
        <source>Your prediction: a number</source>
        <translation>پیش‌بینی شما: یک عدد</translation>
    </message>
    <message>
        <source>went down smoothly</source>
        <translation>به‌آرامی پایین آمد</translation>
    </message>
    <message>
        <source>oscillated</source>
        <translation>نوسان کرد</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>واگرا شد</translation>
    </message>
    <message>
        <source>I could not read that as a shape. Write the size of every axis, for example {example}.</source>
        <translation>نتوانستم این را به‌صورت یک شکل بخوانم. اندازه هر محور را بنویسید، مثلاً {example}.</translation>
    </message>
    <message>
        <source>I could not read that as a number. Write it like {example}.</source>
        <translation>نتوانستم این را به‌صورت یک عدد بخوانم. آن را این‌طور بنویسید: {example}.</translation>
    </message>
    <message>
        <source>Pick one of the options (1 to {count}).</source>
        <translation>یکی از گزینه‌ها را انتخاب کنید (1 تا {count}).</translation>
    </message>
    <message>
        <source>Predict one of: smooth, oscillate, diverge.</source>
        <translation>یکی از این‌ها را پیش‌بینی کنید: هموار، نوسان، واگرا.</translation>
    </message>
    <message>
        <source>Right: the shape is {shape}.</source>
        <translation>درست است: شکل {shape} است.</translation>
    </message>
    <message>
        <source>Not quite: you said {answer}, the explorer says {shape}.</source>
        <translation>کاملاً درست نیست: پاسخ شما {answer} بود، اما کاوشگر {shape} را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Right: {value}.</source>
        <translation>درست است: {value}.</translation>
    </message>
    <message>
        <source>Not quite: you said {answer}; nnlab computes {value}.</source>
        <translation>کاملاً درست نیست: پاسخ شما {answer} بود؛ nnlab مقدار {value} را حساب می‌کند.</translation>
    </message>
    <message>
        <source>The engine counts {rule} for each Dense layer: {sum}.</source>
        <translation>هسته برنامه برای هر لایه Dense، {rule} پارامتر می‌شمارد: {sum}.</translation>
    </message>
    <message>
        <source>The engine&apos;s backpropagation gives {gradient}.</source>
        <translation>پس‌انتشار در هسته برنامه مقدار {gradient} را به دست می‌دهد.</translation>
    </message>
    <message>
        <source>The explorer computes {equation}.</source>
        <translation>کاوشگر مقدار {equation} را حساب می‌کند.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>درست است.</translation>
    </message>
    <message>
        <source>Not this one.</source>
        <translation>این گزینه درست نیست.</translation>
    </message>
    <message>
        <source>Right: you predicted it.</source>
        <translation>درست است: درست پیش‌بینی کردید.</translation>
    </message>
    <message>
        <source>You predicted “{predicted}”; this is what happened.</source>
        <translation>پیش‌بینی شما «{predicted}» بود؛ آنچه واقعاً رخ داد این است.</translation>
    </message>
    <message>
        <source>The loss {happened}: it started at {first}, reached {highest} at most and was {last} after {steps} steps.</source>
        <translation>زیان {happened}: از {first} شروع شد، حداکثر به {highest} رسید و پس از {steps} گام {last} بود.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>آخرین پاسخ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تعداد تلاش‌ها</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>ثانیه</translation>
    </message>
</context>
<context>
    <name>nnlab.show</name>
    <message>
        <source>There is no screen to open an nnlab window on (neither {0} nor {1} is set), for example in a notebook running on a server. Run Jupyter on your own computer, or leave out {2} so {3} draws in the cell&apos;s output.</source>
        <translation>صفحه‌نمایشی برای باز کردن پنجره nnlab نیست (نه {0} تنظیم شده و نه {1})، مثلاً در نوت‌بوکی که روی یک سرور اجرا می‌شود. Jupyter را روی رایانه خودتان اجرا کنید، یا {2} را حذف کنید تا {3} در خروجی همان سلول رسم کند.</translation>
    </message>
    <message>
        <source>The nnlab window is open, but Qt&apos;s event loop is not running, so the window cannot respond. In Jupyter, run {0} in a cell before {1}; in a script, end with {2}.</source>
        <translation>پنجره nnlab باز است، اما حلقه رویداد Qt اجرا نمی‌شود، پس پنجره نمی‌تواند پاسخ دهد. در Jupyter پیش از {1} در یک سلول {0} را اجرا کنید؛ در یک اسکریپت، در پایان {2} را فراخوانی کنید.</translation>
    </message>
</context>
</TS>
