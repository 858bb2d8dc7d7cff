/* Floors for "key to screen" with a full screen, for README's Performance section: a raw-mode C program that
   paints a whole 120x40 screen (text with a few colour changes per line) and, on each key,
     full-screen-floor x      paints the whole screen again (the floor for a key that changes every cell);
     full-screen-floor line   rewrites only the bottom line (the floor for a key that changes one line while
                              a full screen shows: tmux must still capture the full screen to see it).
   The argument also keeps tui-perf.py from starting the program through /usr/bin/env. */
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
static char buf[65536];
static void paint(const char *title, int n) {
    int p = 0;
    p += sprintf(buf + p, "\033[?1049h\033[H\033[2J");
    for (int y = 0; y < 40; y++) {
        p += sprintf(buf + p, "\033[%d;1H\033[1m%-20s\033[0m\033[33m", y + 1, y == 0 ? title : "  Toets");
        for (int x = 20; x < 120; x++) buf[p++] = 'a' + (x + y + n) % 26;
        p += sprintf(buf + p, "\033[0m");
    }
    write(1, buf, p);
}
static void bottom(int n) {
    int p = sprintf(buf, "\033[40;1H\033[2K\033[1;31m! %s\033[0m", n % 2 ? "FULLSCREEN OTHER" : "FULLSCREEN LINE");
    write(1, buf, p);
}
int main(int argc, char **argv) {
    int lineOnly = argc > 1 && strcmp(argv[1], "line") == 0;
    struct termios t; tcgetattr(0, &t); struct termios o = t; cfmakeraw(&t); tcsetattr(0, TCSANOW, &t);
    paint("FULLSCREEN READY", 0);
    char c; int n = 0;
    while (read(0, &c, 1) == 1) {
        if (c == 'q') break;
        n++;
        if (lineOnly) bottom(n); else paint(n % 2 ? "FULLSCREEN OTHER" : "FULLSCREEN READY", n);
    }
    tcsetattr(0, TCSANOW, &o);
    write(1, "\033[?1049l", 8);
    return 0;
}
