// The host unit tests' stand-ins for the monitor's log and machine stop
// (vmm_stubs.c).  Arm vmm_stop_jump with setjmp around code that should
// stop the machine; vmm_stops counts the stops.
#ifndef VMM_STUBS_H
#define VMM_STUBS_H
#include <setjmp.h>
extern jmp_buf vmm_stop_jump;
extern int vmm_stop_armed;
extern int vmm_stops;
int str_contains(const char *s, const char *t);
#endif
