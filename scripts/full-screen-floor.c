/* The floor for "key to screen" when a key changes every cell, for README's Performance section: a raw-mode C
   program that, on each key, repaints a whole 120x40 screen (text with a few colour changes per line). */
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
int main(void) {
    struct termios t; tcgetattr(0, &t); struct termios o = t; cfmakeraw(&t); tcsetattr(0, TCSANOW, &t);
    paint("FULLSCREEN READY", 0);
    char c; int n = 0;
    while (read(0, &c, 1) == 1) {
        if (c == 'q') break;
        n++;
        paint(n % 2 ? "FULLSCREEN OTHER" : "FULLSCREEN READY", n);
    }
    tcsetattr(0, TCSANOW, &o);
    write(1, "\033[?1049l", 8);
    return 0;
}
