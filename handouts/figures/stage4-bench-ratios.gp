# Figure 4.6: the chart `make bench` draws once the monitor runs the guest
# OS (stage 7): the cost of each benchmark under the monitor divided by its
# native cost, beside VMware's binary translator (Adams and Agesen, ASPLOS
# 2006) and the kit's targets (handouts/stage4-devices.md, §4.6).
# tools/site/Makefrag sets
#   datafile    build/bench/ratios.dat after `make bench` (tools/bench writes
#               it: name ratio vtlb_ratio vmware_ratio target, "-" if none),
#               else handouts/figures/stage4-bench-ratios.dat
#   datasource  the sentence that says which, printed under the chart
#   outfile     the SVG file to write
set terminal svg size 680,440 fixed font "sans-serif,12" background "white"
set output outfile
set datafile missing "-"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [*:*]
set ylabel "cost under the monitor / native (log scale)"
set xtics nomirror
set grid ytics
set key top right
set title "make bench under the monitor, against native"
set label 1 "Numbers: ".datasource at screen 0.02, screen 0.03 font "sans-serif,12" noenhanced
set bmargin 5
set arrow from graph 0, first 1 to graph 1, first 1 nohead dashtype 2
plot datafile using 2:xtic(1) title "this monitor (cached shadows)" lc rgb "#6a9fd4", \
     '' using 3 title "this monitor (shadow=vtlb)" lc rgb "#b9d3ee", \
     '' using 4 title "VMware BT, Pentium 4" lc rgb "#e07b54", \
     '' using 0:5:(0.4) with xerrorbars pt 0 lw 2 lc rgb "black" title "the kit's target"
