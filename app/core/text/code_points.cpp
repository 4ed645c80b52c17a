#include "text/code_points.h"
