// Minimal typings for the parts of the `edtf` package (a devDependency) the cross-check uses.
declare module "edtf" {
  interface ExtDateTime {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }
  export default function edtf(input: string, constraints?: { level?: 0 | 1 | 2 }): ExtDateTime;
}
