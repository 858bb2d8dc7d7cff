/* The like-for-like floor for a key that switches screens, for README's Performance section: a C ncurses
   program that shows workshop's own screens and, on each key, switches to the other one the way a C ncurses
   program would (erase, draw the whole screen, refresh: ncurses works out and writes what changed).

     cc -O2 -o /tmp/same-screens scripts/same-screens.c -lncursesw
     /tmp/same-screens scripts/screens/console-120x40.ans scripts/screens/help-120x40.ans
     /tmp/same-screens --sync /tmp/same-screens.sync \
         scripts/screens/console-120x40.ans scripts/screens/started-120x40.ans

   The screens are tmux captures with styles (`tmux capture-pane -e -p`) of one `workshop run` at 120x40:
   as it starts, after `?`, and (after Escape) after `Space`. With `--sync FILE` every key first appends a
   4 KiB record to FILE and waits for `fdatasync`, as a program does that saves what a key did before it
   shows it (`workshop`'s `Space`). Only the SGR sequences such captures hold are read: 0, 1, 2, 4, 7, their
   resets 22, 24, 27, and the colours 30-37, 39, 40-47, 49, 90-97, 100-107. */
/* Wide-character curses and wcswidth. */
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#define MAX_LINES 200
#define MAX_LINE 8192

typedef struct {
    char *lines[MAX_LINES];
    int count;
} Screen;

static void load(Screen *screen, const char *path) {
    FILE *file = fopen(path, "r");
    if (!file) {
        fprintf(stderr, "same-screens: cannot read %s\n", path);
        exit(2);
    }
    char line[MAX_LINE];
    screen->count = 0;
    while (screen->count < MAX_LINES && fgets(line, sizeof line, file)) {
        line[strcspn(line, "\n")] = 0;
        screen->lines[screen->count++] = strdup(line);
    }
    fclose(file);
}

/* Colour pairs made as combinations turn up; 0 is the terminal's own colours. */
static short pairFg[256], pairBg[256];
static int pairCount = 1;

static int pairFor(short fg, short bg) {
    if (fg == -1 && bg == -1) return 0;
    for (int i = 1; i < pairCount; i++)
        if (pairFg[i] == fg && pairBg[i] == bg) return i;
    if (pairCount >= 256 || pairCount >= COLOR_PAIRS) return 0;
    init_pair(pairCount, fg, bg);
    pairFg[pairCount] = fg;
    pairBg[pairCount] = bg;
    return pairCount++;
}

static short colour(int index) { return index < COLORS ? index : index % 8; }

/* Draws one captured line at row y: text runs with the style the SGR sequences before them set. */
static void drawLine(int y, const char *line) {
    attr_t attrs = A_NORMAL;
    short fg = -1, bg = -1;
    wchar_t text[MAX_LINE];
    int x = 0;
    const char *p = line;
    while (*p) {
        if (p[0] == 0x1B && p[1] == '[') {
            const char *q = p + 2;
            int params[16], n = 0, value = 0, any = 0;
            while ((*q >= '0' && *q <= '9') || *q == ';') {
                if (*q == ';') {
                    if (n < 16) params[n++] = any ? value : 0;
                    value = 0;
                    any = 0;
                } else {
                    value = value * 10 + (*q - '0');
                    any = 1;
                }
                q++;
            }
            if (n < 16) params[n++] = any ? value : 0;
            if (*q == 'm') {
                for (int i = 0; i < n; i++) {
                    int v = params[i];
                    if (v == 0) { attrs = A_NORMAL; fg = -1; bg = -1; }
                    else if (v == 1) attrs |= A_BOLD;
                    else if (v == 2) attrs |= A_DIM;
                    else if (v == 4) attrs |= A_UNDERLINE;
                    else if (v == 7) attrs |= A_REVERSE;
                    else if (v == 22) attrs &= ~(A_BOLD | A_DIM);
                    else if (v == 24) attrs &= ~A_UNDERLINE;
                    else if (v == 27) attrs &= ~A_REVERSE;
                    else if (v >= 30 && v <= 37) fg = v - 30;
                    else if (v == 39) fg = -1;
                    else if (v >= 40 && v <= 47) bg = v - 40;
                    else if (v == 49) bg = -1;
                    else if (v >= 90 && v <= 97) fg = colour(v - 90 + 8);
                    else if (v >= 100 && v <= 107) bg = colour(v - 100 + 8);
                }
            }
            p = *q ? q + 1 : q;
            continue;
        }
        /* The text up to the next escape, as wide characters. */
        const char *end = strchr(p, 0x1B);
        size_t length = end ? (size_t)(end - p) : strlen(p);
        char run[MAX_LINE];
        memcpy(run, p, length);
        run[length] = 0;
        size_t count = mbstowcs(text, run, MAX_LINE - 1);
        if (count != (size_t)-1) {
            attrset(attrs | COLOR_PAIR(pairFor(fg, bg)));
            mvaddnwstr(y, x, text, (int)count);
            int columns = wcswidth(text, count);
            x += columns > 0 ? columns : 0;
        }
        p += length;
    }
    attrset(A_NORMAL);
}

static void show(const Screen *screen) {
    erase();
    for (int y = 0; y < screen->count && y < LINES; y++) drawLine(y, screen->lines[y]);
    refresh();
}

/* Appends one record and waits until it is on disk. */
static void save(int fd) {
    static char record[4096];
    memset(record, 'r', sizeof record);
    if (write(fd, record, sizeof record) != (ssize_t)sizeof record || fdatasync(fd) != 0) {
        endwin();
        perror("same-screens: saving");
        exit(1);
    }
}

int main(int argc, char **argv) {
    int fd = -1;
    if (argc == 5 && strcmp(argv[1], "--sync") == 0) {
        fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
        if (fd < 0) {
            perror(argv[2]);
            return 2;
        }
        argc -= 2;
        argv += 2;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: same-screens [--sync FILE] FIRST.ans SECOND.ans (tmux capture-pane -e -p of each screen)\n");
        return 2;
    }
    Screen screens[2];
    load(&screens[0], argv[1]);
    load(&screens[1], argv[2]);
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    int shown = 0;
    show(&screens[shown]);
    for (;;) {
        int c = getch();
        if (c == 'q' || c == ERR) break;
        if (fd >= 0) save(fd);
        shown = 1 - shown;
        show(&screens[shown]);
    }
    endwin();
    if (fd >= 0) close(fd);
    return 0;
}
