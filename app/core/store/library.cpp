#include "store/library.h"
