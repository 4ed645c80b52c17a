#include "search/bigram_tokenizer.h"
