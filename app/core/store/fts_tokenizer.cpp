#include "store/fts_tokenizer.h"
