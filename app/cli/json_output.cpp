#include "json_output.h"
