#include "import/html_extractor.h"
