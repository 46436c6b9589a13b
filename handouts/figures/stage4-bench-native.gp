# Figure 4.5: the native benchmarks of `make bench`: guest instructions per
# operation under QEMU -icount, one bar per row of native.csv
# (handouts/stage4-devices.md, §4.6).  tools/site/Makefrag sets
#   datafile    the CSV file (build/bench/native.csv after `make bench`,
#               else handouts/figures/stage4-bench-native.csv: the
#               reference solution's figures, as §4.6 prints them)
#   datasource  the sentence that says which, printed under the chart
#   outfile     the SVG file to write
set terminal svg size 680,440 fixed font "sans-serif,12" background "white"
set output outfile
set datafile separator ","
set style fill solid 0.85 border -1
set boxwidth 0.7
set logscale y
set yrange [1:1e9]
set format y "10^{%L}"
set ylabel "guest instructions per operation (log scale)"
set xtics rotate by -35 nomirror
set grid ytics
set key top left
set title "make bench, natively: one operation of each benchmark"
set label 1 "Numbers: ".datasource at screen 0.02, screen 0.03 font "sans-serif,12" noenhanced
set bmargin 6
cycles(s) = (s eq "" ? NaN : real(s))
plot datafile every ::1 using 0:(strcol(4) eq "yes" ? cycles(strcol(2)) : NaN):xtic(1) \
        with boxes lc rgb "#6a9fd4" title "exact: the same on every run", \
     '' every ::1 using 0:(strcol(4) eq "yes" ? NaN : cycles(strcol(2))) \
        with boxes lc rgb "#f0a868" title "host I/O: the median of several boots", \
     '' every ::1 using 0:(cycles(strcol(2))):(sprintf("%.0f", cycles(strcol(2)))) \
        with labels offset 0,0.7 font "sans-serif,12" notitle
