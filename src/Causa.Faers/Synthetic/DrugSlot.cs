namespace Causa.Faers.Synthetic;

/// <summary>Everything drawn for one DRUG row and its THER/INDI rows; a mutable scratch value reused across cases.</summary>
internal struct DrugSlot
{
    public int Product;
    public int Role;
    public string DrugName;
    public bool EmptyActiveIngredient;
    public int ValVbm;
    public int Route;
    public bool Dose;
    public bool DoseForm;
    public int Frequency;
    public int Dechallenge;
    public int Rechallenge;
    public bool Nda;
    public bool CumulativeDoseNa;
    public int IndicationCount;
    public int Indication0;
    public int Indication1;
    public int Indication2;
    public int Indication3;
    public bool Therapy;
    public int TherapyStart;
    public int TherapyEnd;
    public int Duration;
    public int DurationCode;
    public bool DurationNa;
}
