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

static inline int shim_key_f(int n) { return KEY_F(n); }

/// A string capability of the terminal ("cup", "sgr0"), or NULL when it has none.
static inline const char *shim_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// A numeric capability ("colors"), or -1 when the terminal has none.
static inline int shim_number_capability(const char *name) {
    int value = tigetnum(name);
    return value < 0 ? -1 : value;
}

/// Whether the terminal has a boolean capability ("am", "xenl").
static inline int shim_flag_capability(const char *name) { return tigetflag(name) > 0; }

/// A parameterised capability with its two parameters filled in (tiparm is variadic, which Swift cannot
/// call); NULL when it is malformed.
static inline const char *shim_format(const char *capability, long first, long second) {
    return tiparm(capability, first, second);
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
