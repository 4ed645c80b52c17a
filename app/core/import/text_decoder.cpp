#include "import/text_decoder.h"
