/* Reference output for test/sim/random.test.ts: gcc -O2 xoshiro128-reference.c && ./a.out
   next() is the authors' xoshiro128** 1.0 (prng.di.unimi.it); nx() is the seeding of src/sim/Xoshiro128.ts. */
#include <stdio.h>
#include <stdint.h>
static uint32_t x;
static uint32_t nx(void){ x += 0x9e3779b9u; uint32_t z=x; z=(z^(z>>16))*0x85ebca6bu; z=(z^(z>>13))*0xc2b2ae35u; return z^(z>>16);}
static inline uint32_t rotl(const uint32_t v, int k){return (v<<k)|(v>>(32-k));}
static uint32_t s[4];
uint32_t next(void){ const uint32_t result = rotl(s[1]*5,7)*9; const uint32_t t=s[1]<<9; s[2]^=s[0]; s[3]^=s[1]; s[1]^=s[2]; s[0]^=s[3]; s[2]^=t; s[3]=rotl(s[3],11); return result;}
int main(){ uint32_t seeds[]={0,1,42,123456789}; for(int q=0;q<4;q++){ x=seeds[q]; for(int i=0;i<4;i++) s[i]=nx(); printf("%u:", seeds[q]); for(int i=0;i<6;i++) printf(" %u", next()); printf("\n");} }
