// The virtual PC's devices, connected (vmm/vpc.c).
#ifndef VMM_VPC_H
#define VMM_VPC_H

void vpc_init(void);
void vpc_poll(void);
void vpc_stats_print(void (*print)(const char *fmt, ...));

#endif
