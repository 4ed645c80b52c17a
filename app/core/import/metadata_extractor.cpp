#include "import/metadata_extractor.h"
