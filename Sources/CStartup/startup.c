// Paging advice for the program's own pages, given before Swift's runtime starts.
//
// The release binary is large (Swift's runtime, Foundation and ICU are linked in statically), and the
// pages a launch needs are laid out together at its front (scripts/workshop.ld, scripts/workshop.order).
// On a machine that drops those pages from the page cache between launches, a launch would wait for one
// read at each page it faults in that the cache has lost, each of read_ahead_kb (8 MiB here). So, first
// thing: ask for the whole front of the binary in one go (README, Performance).
#if defined(__linux__)
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

// Defined by scripts/workshop.ld: only a release build laid out by it has a front worth reading at once.
extern const char workshop_laid_out[] __attribute__((weak));

// Named last in scripts/workshop.order, so the linker puts it right after the code that start-up and a tour
// of the screens run: its address is where the front ends.
__attribute__((used, noinline, section(".text.workshop_hot_code_end")))
void workshop_hot_code_end(void) {}

// The first object dl_iterate_phdr reports is the program itself.
static int advise_program(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    const uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    const uintptr_t front_end = (uintptr_t)&workshop_hot_code_end;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || segment->p_filesz == 0) continue;
        const uintptr_t start = (info->dlpi_addr + segment->p_vaddr) & ~(page - 1);
        const uintptr_t end = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        // Advice only: a kernel that declines it leaves the launch as it was. Pages still cached cost nothing.
        if (start < front_end) {
            madvise((void *)start, (end < front_end ? end : front_end) - start, MADV_WILLNEED);
        }
    }
    return 1;
}

// Priority 101 runs before the constructors of Swift's runtime, which already fault in code and metadata.
__attribute__((constructor(101)))
static void advise_paging(void) {
    if (workshop_laid_out == NULL) return;
    dl_iterate_phdr(advise_program, NULL);
}
#endif
