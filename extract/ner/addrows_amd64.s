//go:build amd64 && !purego

#include "textflag.h"

// func addRows(e *[numTags]float32, weights []float32, rows []int32)
TEXT ·addRows(SB), NOSPLIT, $0-56
	MOVQ e+0(FP), DI
	MOVQ weights_base+8(FP), SI
	MOVQ weights_len+16(FP), R8
	MOVQ rows_base+32(FP), BX
	MOVQ rows_len+40(FP), CX
	SUBQ $16, R8 // largest valid row start, in floats (negative: none)
	MOVUPS 4(DI), X0
	MOVUPS 20(DI), X1
	MOVUPS 36(DI), X2
	MOVUPS 52(DI), X3

loop:
	TESTQ CX, CX
	JZ    done
	MOVLQSX (BX), AX
	ADDQ  $4, BX
	DECQ  CX
	TESTQ AX, AX
	JL    loop // noRow
	SHLQ  $4, AX
	CMPQ  AX, R8
	JG    loop // outside weights: cannot happen, never read it
	MOVUPS (SI)(AX*4), X4
	MOVUPS 16(SI)(AX*4), X5
	MOVUPS 32(SI)(AX*4), X6
	MOVUPS 48(SI)(AX*4), X7
	ADDPS X4, X0
	ADDPS X5, X1
	ADDPS X6, X2
	ADDPS X7, X3
	JMP   loop

done:
	MOVUPS X0, 4(DI)
	MOVUPS X1, 20(DI)
	MOVUPS X2, 36(DI)
	MOVUPS X3, 52(DI)
	RET

// One group of four openers for closer k: v = pc[k] + open[k][group];
// best = v where v > best (MAXPS keeps best on ties, as the scalar strict
// comparison does); arg = k where best changed.
#define OPENER_GROUP(off, B, A) \
	MOVUPS  off(DI), X9  \
	ADDPS   X8, X9       \
	MAXPS   B, X9        \
	MOVAPS  X9, X10      \
	PCMPEQL B, X10       \
	MOVAPS  X9, B        \
	MOVAPS  X10, X11     \
	PAND    A, X11       \
	PANDN   X6, X10      \
	POR     X11, X10     \
	MOVAPS  X10, A

// func openerMax(pc *[9]float32, open *[9][12]float32, best *[12]float32, arg *[12]int32)
TEXT ·openerMax(SB), NOSPLIT, $0-32
	MOVQ pc+0(FP), SI
	MOVQ open+8(FP), DI
	MOVQ best+16(FP), R8
	MOVQ arg+24(FP), R9
	MOVL $0xff800000, AX // -Inf
	MOVL AX, X0
	PSHUFD $0, X0, X0
	MOVAPS X0, X1
	MOVAPS X0, X2
	PXOR X3, X3
	PXOR X4, X4
	PXOR X5, X5
	PXOR X6, X6 // k in every lane
	MOVL $1, AX
	MOVL AX, X7
	PSHUFD $0, X7, X7
	MOVQ $9, CX

closer:
	MOVSS (SI), X8
	SHUFPS $0, X8, X8
	OPENER_GROUP(0, X0, X3)
	OPENER_GROUP(16, X1, X4)
	OPENER_GROUP(32, X2, X5)
	PADDL X7, X6
	ADDQ $4, SI
	ADDQ $48, DI
	DECQ CX
	JNZ  closer
	MOVUPS X0, (R8)
	MOVUPS X1, 16(R8)
	MOVUPS X2, 32(R8)
	MOVUPS X3, (R9)
	MOVUPS X4, 16(R9)
	MOVUPS X5, 32(R9)
	RET
