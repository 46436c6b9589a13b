# what trap-and-emulate costs, per loop iteration.
# Data: the table of stage 5, section 1.15 (make bench-vmm, tests/guests/bench_bt.c,
# QEMU -icount shift=0,sleep=off: one "cycle" is one guest instruction).
set terminal svg size 660,400 dynamic font "sans-serif,12" background "#ffffff"
$data << EOD
"empty loop"      2     2
"call/ret"        12    12
"rdtsc"           3     3
"pushf; popf *"   4     4
"smsw *"          3     3
"cli; sti"        4     3626
"in from 0x80"    3     2215
"int \$65; iret"  27    6166
EOD
set title "Instructions per iteration: native and under trap-and-emulate"
set logscale y 10
set yrange [1:20000]
set ylabel "instructions (log scale)"
set format y "%.0f"
set style data histograms
set style histogram clustered gap 1
set style fill solid 1.0 border rgb "black"
set boxwidth 0.9
set xtics rotate by -30 scale 0 nomirror
set ytics nomirror
set grid ytics lc rgb "#cccccc"
set key top left
set label 1 "* the same speed, and the wrong answer" at graph 0.02, graph 0.80 font "sans-serif,12"
plot $data using 2:xtic(1) title "native" lc rgb "#e2f0d9", \
     ''    using 3 title "trap-and-emulate" lc rgb "#fde2cf", \
     ''    using 0:3:3 with labels offset char 1.2,0.6 font "sans-serif,12" notitle
