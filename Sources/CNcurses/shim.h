#ifndef WORKSHOP_CNCURSES_SHIM_H
#define WORKSHOP_CNCURSES_SHIM_H

// The wide-character API (get_wch, add_wch, cchar_t) must be switched on before curses.h; SwiftPM drops the
// -D flags pkg-config would give.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <wchar.h>

// Swift rejects C globals as not concurrency-safe, and cannot import function-like or cast macros:
// everything below wraps one of them. Only the terminal backend calls these, from the main thread.

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }

/// The terminal's size from the kernel (rows, columns); 0 when it cannot be read.
static inline int shim_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }

static inline int shim_key_f(int n) { return KEY_F(n); }

/// Sets the attributes and colour pair that following writes use.
static inline int shim_set_attributes(WINDOW *win, attr_t attributes, short pair) {
    return wattr_set(win, attributes, pair, NULL);
}

/// Writes `count` wide characters at the cursor; non-spacing ones join the character before them.
static inline int shim_add_wide(WINDOW *win, const wchar_t *text, int count) {
    return waddnwstr(win, text, count);
}

/// The width glibc (and so ncurses and the terminal) gives one character: -1 when unprintable.
/// glibc hides `wcwidth` from Swift's Glibc module, hence the declaration.
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(int c) { return wcwidth((wchar_t)c); }

/// Whether the current LC_CTYPE encodes text as UTF-8.
static inline int shim_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// The key code ncurses assigned to an extended terminfo key such as "kLFT5" (Ctrl-Left), or 0.
static inline int shim_extended_key_code(const char *capability) {
    char *sequence = tigetstr(capability);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

#endif
