# from interpretation to chained translation.
# Data: the tables of stage 6, sections 1.17 (native) and 1.18 (the three
# configurations), from make bench-vmm (tests/guests/bench_bt.c) under
# QEMU -icount shift=0,sleep=off: one "cycle" is one guest instruction.
set terminal svg size 660,420 dynamic font "sans-serif,12" background "#ffffff"
$data << EOD
"native"                             516      12     "516"        "12"
"every instruction\na step callout"  2978126  52250  "2,978,126"  "52,250"
"units never\nchained"               135642   6319   "135,642"    "6,319"
"chained, with the\nin-cache lookup" 579      34     "579"        "34"
EOD
set title "Instructions: 512 straight-line instructions run again, and one call/ret"
set logscale y 10
set yrange [1:1e8]
set ylabel "instructions (log scale)"
set format y "10^{%L}"
set style data histograms
set style histogram clustered gap 1
set style fill solid 1.0 border rgb "black"
set boxwidth 0.9
set xtics scale 0 nomirror
set ytics nomirror
set grid ytics lc rgb "#cccccc"
set key top right
set bmargin 4
plot $data using 2:xtic(1) title "512 instructions, again" lc rgb "#fde2cf", \
     ''    using 3 title "call/ret" lc rgb "#dbe9f6", \
     ''    using ($0-0.17):2:4 with labels offset 0,0.7 font "sans-serif,12" notitle, \
     ''    using ($0+0.17):3:5 with labels offset 0,0.7 font "sans-serif,12" notitle
