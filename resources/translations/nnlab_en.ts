<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ShapeFlowPanel</name>
    <message numerus="yes">
        <source>{0} (the bias is stretched over the %n samples)</source>
        <translation>
            <numerusform>{0} (the bias is stretched over the %n sample)</numerusform>
            <numerusform>{0} (the bias is stretched over the %n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorsPage</name>
    <message numerus="yes">
        <source>A tuple of %n integers: {0}</source>
        <translation>
            <numerusform>A tuple of %n integer: {0}</numerusform>
            <numerusform>A tuple of %n integers: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), dark ink on white</source>
        <translation>
            <numerusform>%n image, dark ink on white</numerusform>
            <numerusform>%n images, dark ink on white</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n original tensor(s)</source>
        <translation>
            <numerusform>Restore the %n original tensor</numerusform>
            <numerusform>Restore the %n original tensors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message numerus="yes">
        <source>{label} has %n axes, so it is a {ndim}D tensor: {attribute}, its rank, is this number of axes, an integer; it is also the number of sizes in its shape {shape}.</source>
        <translation>
            <numerusform>{label} has %n axis, so it is a {ndim}D tensor: {attribute}, its rank, is this number of axes, an integer; it is also the number of sizes in its shape {shape}.</numerusform>
            <numerusform>{label} has %n axes, so it is a {ndim}D tensor: {attribute}, its rank, is this number of axes, an integer; it is also the number of sizes in its shape {shape}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shape, a tuple of integers, lists how many entries {label} has along each of its %n axes.</source>
        <translation>
            <numerusform>The shape, a tuple of integers, lists how many entries {label} has along its %n axis.</numerusform>
            <numerusform>The shape, a tuple of integers, lists how many entries {label} has along each of its %n axes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axis {axis}: %n entries.</source>
        <translation>
            <numerusform>Axis {axis}: %n entry.</numerusform>
            <numerusform>Axis {axis}: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} holds %n entries: the product of the sizes in its shape {shape}.</source>
        <translation>
            <numerusform>{label} holds %n entry: the product of the sizes in its shape {shape}.</numerusform>
            <numerusform>{label} holds %n entries: the product of the sizes in its shape {shape}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every entry takes %n bytes.</source>
        <translation>
            <numerusform>Every entry takes %n byte.</numerusform>
            <numerusform>Every entry takes %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All of them take %n bytes: the number of entries times the bytes per entry.</source>
        <translation>
            <numerusform>All of them take %n byte: the number of entries times the bytes per entry.</numerusform>
            <numerusform>All of them take %n bytes: the number of entries times the bytes per entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{op} is applied to each of the %n entries on its own, so the shape {shape} stays.</source>
        <translation>
            <numerusform>{op} is applied to the %n entry on its own, so the shape {shape} stays.</numerusform>
            <numerusform>{op} is applied to each of the %n entries on its own, so the shape {shape} stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An entry of {dtype} takes %n bytes.</source>
        <translation>
            <numerusform>An entry of {dtype} takes %n byte.</numerusform>
            <numerusform>An entry of {dtype} takes %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{op} turns each row of %n scores into probabilities that add up to 1 ({formula}); the shape stays {shape}.</source>
        <translation>
            <numerusform>{op} turns each row of %n score into probabilities that add up to 1 ({formula}); the shape stays {shape}.</numerusform>
            <numerusform>{op} turns each row of %n scores into probabilities that add up to 1 ({formula}); the shape stays {shape}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The axes {axes} are not a reordering of the %n axes of {label} (0 to {last}).</source>
        <translation>
            <numerusform>The axes {axes} are not a reordering of the %n axis of {label} (0).</numerusform>
            <numerusform>The axes {axes} are not a reordering of the %n axes of {label} (0 to {last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} combines all %n entries of {label} into one number.</source>
        <translation>
            <numerusform>{name} takes the %n entry of {label} as the one number.</numerusform>
            <numerusform>{name} combines all %n entries of {label} into one number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axis {axis} does not exist: {label} has %n axes, numbered 0 to {last}.</source>
        <translation>
            <numerusform>Axis {axis} does not exist: {label} has %n axis, axis 0.</numerusform>
            <numerusform>Axis {axis} does not exist: {label} has %n axes, numbered 0 to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} along axis {axis} combines its %n entries into one, so that axis disappears.</source>
        <translation>
            <numerusform>{name} along axis {axis} takes its %n entry, so that axis disappears.</numerusform>
            <numerusform>{name} along axis {axis} combines its %n entries into one, so that axis disappears.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shape {shape} asks for %n axes; the number of entries is the product of the sizes: {count:,}.</source>
        <translation>
            <numerusform>The shape {shape} asks for %n axis; the number of entries is the product of the sizes: {count:,}.</numerusform>
            <numerusform>The shape {shape} asks for %n axes; the number of entries is the product of the sizes: {count:,}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many indices: {label} has %n axes, but the index names {used}.</source>
        <translation>
            <numerusform>Too many indices: {label} has %n axis, but the index names {used}.</numerusform>
            <numerusform>Too many indices: {label} has %n axes, but the index names {used}.</numerusform>
        </translation>
    </message>
</context>
</TS>
