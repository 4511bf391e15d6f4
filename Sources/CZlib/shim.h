// The operating system's zlib, for inflating the deflate-compressed parts of xlsx files (a zip of XML).
#include <zlib.h>
