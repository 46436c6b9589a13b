// The PC's two 8259A interrupt controllers, driven by a kernel that owns
// them (lib/pic8259.c): the guest OS on its machine, the host kernel on
// the real one.
#ifndef LIB_PIC8259_H
#define LIB_PIC8259_H

void pic_init(void);
void pic_enable(int irq);
void pic_eoi(int irq);
int  pic_spurious(int irq);

#endif
