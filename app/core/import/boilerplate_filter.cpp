#include "import/boilerplate_filter.h"
