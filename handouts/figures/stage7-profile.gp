# Where one null system call's instructions go under the monitor.
# Data: the table "Where the remaining cost goes" of stage 7, section 4.4
# (QEMU -d exec,nochain -singlestep, charged to functions with nm; 16,795
# instructions per call in all). Rows not in the table are not shown.
set terminal svg size 660,330 dynamic font "sans-serif,12" background "#ffffff"
$data << EOD
"segment bookkeeping"             5945  "5,945 (35 %)"
"guest memory by linear address"  5670  "5,670 (34 %)"
"the callout and the run loop"    1850  "1,850 (11 %)"
"decoding the instruction again"  1015  "1,015 (6 %)"
"entry and exit"                   780  "780 (5 %)"
"delivering the int to the guest"  260  "about 260"
EOD
set title "A null system call under the monitor (16,795 instructions)"
set xrange [0:7500]
set yrange [5.6:-0.6]
set xlabel "instructions per call"
set ytics scale 0 nomirror
set xtics nomirror
set grid xtics lc rgb "#cccccc"
set style fill solid 1.0 border rgb "black"
set lmargin 28
unset key
plot $data using (0):0:(0):2:($0-0.35):($0+0.35):ytic(1) with boxxyerror lc rgb "#fde2cf", \
     ''    using 2:0:3 with labels left offset 0.6,0 font "sans-serif,12"
