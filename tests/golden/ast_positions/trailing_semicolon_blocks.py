def f(): x = 1;
if y: z = 2;
else: w = 3;
for i in r: pass;
