#include <mbedtls/sha256.h>
