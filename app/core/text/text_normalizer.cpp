#include "text/text_normalizer.h"
