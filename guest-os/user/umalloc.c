// malloc and free: a first-fit free list (after K&R, 8.7).  Memory comes
// from the kernel with sbrk, in chunks of at least 4 KB.

#include "user.h"

struct header {
	struct header *next;   // next block on the free list
	size_t units;          // size of this block, in headers
};

static struct header base;
static struct header *freep;

void free(void *ptr)
{
	if (ptr == NULL)
		return;
	struct header *bp = (struct header *)ptr - 1;
	struct header *p;
	// Find where bp goes in the address-ordered circular list.
	for (p = freep; !(bp > p && bp < p->next); p = p->next)
		if (p >= p->next && (bp > p || bp < p->next))
			break;
	// Merge with the following block, then with the preceding one.
	if (bp + bp->units == p->next) {
		bp->units += p->next->units;
		bp->next = p->next->next;
	} else {
		bp->next = p->next;
	}
	if (p + p->units == bp) {
		p->units += bp->units;
		p->next = bp->next;
	} else {
		p->next = bp;
	}
	freep = p;
}

static struct header *more_core(size_t units)
{
	if (units < 512)
		units = 512;
	char *mem = sbrk((int)(units * sizeof(struct header)));
	if ((int)mem < 0)
		return NULL;
	struct header *h = (struct header *)mem;
	h->units = units;
	free(h + 1);
	return freep;
}

void *malloc(size_t nbytes)
{
	if (nbytes == 0 || nbytes > 0x10000000)
		return NULL;
	size_t units = (nbytes + sizeof(struct header) - 1) / sizeof(struct header) + 1;
	if (freep == NULL) {
		base.next = freep = &base;
		base.units = 0;
	}
	struct header *prev = freep;
	for (struct header *p = prev->next;; prev = p, p = p->next) {
		if (p->units >= units) {
			if (p->units == units) {
				prev->next = p->next;
			} else {
				p->units -= units;
				p += p->units;
				p->units = units;
			}
			freep = prev;
			return p + 1;
		}
		if (p == freep && (p = more_core(units)) == NULL)
			return NULL;
	}
}
